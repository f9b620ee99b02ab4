"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { FormAlert } from "@/components/ui/FormAlert";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { EmailField, TextField } from "@/components/ui/TextField";
import { clientContactSchema, type ClientContactData, type ClientContactInput } from "@/lib/account/schema";
import type { ServerAction } from "@/lib/actions/types";

type Props = {
  action: ServerAction<ClientContactInput, { id: string; invited: boolean }>;
  defaultValues: ClientContactInput;
  /** The email is a sign-in: only editable while the client has never set a password. */
  emailLocked: boolean;
};

const FIELDS = ["name", "phone", "email"] as const;

export function ClientContactForm({ action, defaultValues, emailLocked }: Props) {
  const form = useForm<ClientContactInput, unknown, ClientContactData>({ resolver: zodResolver(clientContactSchema), defaultValues });
  const [pending, setPending] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const { errors } = form.formState;
  const onSubmit = form.handleSubmit(async () => {
    setAlert(null);
    setSaved(null);
    setPending(true);
    const result = await action(form.getValues());
    setPending(false);
    if (result.ok) setSaved(result.data.invited ? "Saved. A link to set a password was sent to the new email." : "Contact details saved.");
    else setAlert(applyServerErrors(result, form.setError, FIELDS));
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Contact details" className="space-y-4">
      <fieldset disabled={pending} className="grid gap-4 sm:grid-cols-2">
        <TextField id="client-name" label="Full name" autoComplete="off" error={errors.name?.message} {...form.register("name")} />
        <TextField
          id="client-phone"
          label="Phone"
          type="tel"
          autoComplete="off"
          error={errors.phone?.message}
          {...form.register("phone")}
        />
        <EmailField
          id="client-email"
          label="Email"
          autoComplete="off"
          readOnly={emailLocked}
          hint={
            emailLocked
              ? "The client signs in with it, so only they can change it."
              : "Optional. Adding one sends a link to set a password."
          }
          error={errors.email?.message}
          className="sm:col-span-2"
          {...form.register("email")}
        />
      </fieldset>
      <FormAlert message={alert} />
      <FormAlert message={saved} tone="success" />
      <SubmitButton pending={pending}>Save contact details</SubmitButton>
    </form>
  );
}
