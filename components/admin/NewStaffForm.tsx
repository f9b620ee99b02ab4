"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { FormAlert } from "@/components/ui/FormAlert";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { PasswordField, TextField } from "@/components/ui/TextField";
import { createEstheticianSchema, type CreateEstheticianData, type CreateEstheticianInput } from "@/lib/staff/schema";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-length";
import { ServiceCheckboxes } from "./ServiceCheckboxes";
import type { ServerAction } from "@/lib/actions/types";

type Props = {
  /** Today in the spa's zone: the start date's default. */
  today: string;
  services: { id: string; name: string; active: boolean }[];
  action: ServerAction<CreateEstheticianInput, { staffId: string }>;
};

const FIELDS = ["name", "email", "phone", "password", "startDate", "serviceIds"] as const;

export function NewStaffForm({ today, services, action }: Props) {
  const form = useForm<CreateEstheticianInput, unknown, CreateEstheticianData>({
    resolver: zodResolver(createEstheticianSchema),
    defaultValues: { name: "", email: "", phone: "", password: "", startDate: today, serviceIds: [] },
  });
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [alert, setAlert] = useState<string | null>(null);
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((values) => {
    setAlert(null);
    startTransition(async () => {
      const result = await action(values);
      if (result.ok) router.push(`/admin/staff/${result.data.staffId}`);
      else setAlert(applyServerErrors(result, form.setError, FIELDS));
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="New esthetician" className="max-w-xl space-y-4">
      <fieldset disabled={pending} className="space-y-4">
        <TextField id="staff-name" label="Full name" autoComplete="off" error={errors.name?.message} {...form.register("name")} />
        <TextField
          id="staff-email"
          label="Email"
          type="email"
          autoComplete="off"
          spellCheck={false}
          error={errors.email?.message}
          {...form.register("email")}
        />
        <TextField id="staff-phone" label="Phone" type="tel" autoComplete="off" error={errors.phone?.message} {...form.register("phone")} />
        <PasswordField
          id="staff-password"
          label="First password"
          autoComplete="new-password"
          hint={`At least ${PASSWORD_MIN_LENGTH} characters. Give it to them in person; they can change it after signing in.`}
          error={errors.password?.message}
          {...form.register("password")}
        />
        <TextField
          id="staff-start-date"
          label="First working day"
          type="date"
          className="max-w-xs"
          hint="Reports count their working hours from this day."
          error={errors.startDate?.message}
          {...form.register("startDate")}
        />
        <ServiceCheckboxes
          idPrefix="staff-services"
          services={services}
          error={errors.serviceIds?.message}
          register={form.register("serviceIds")}
        />
      </fieldset>
      <FormAlert message={alert} />
      <SubmitButton pending={pending} pendingLabel="Creating…">
        Create esthetician
      </SubmitButton>
    </form>
  );
}
