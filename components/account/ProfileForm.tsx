"use client";

import { useForm } from "react-hook-form";
import { useFormAction } from "@/components/forms/use-form-action";
import { FormAlert } from "@/components/ui/FormAlert";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { TextField } from "@/components/ui/TextField";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import type { ProfileInput } from "@/lib/account/schema";
import type { ServerAction } from "@/lib/actions/types";

export function ProfileForm({ defaultValues, updateProfile }: { defaultValues: ProfileInput; updateProfile: ServerAction<ProfileInput> }) {
  const form = useForm<ProfileInput>({
    resolver: lazyZodResolver(() => import("@/lib/account/schema").then((module) => module.profileSchema)),
    defaultValues,
  });
  const { errors } = form.formState;
  const { pending, alert, onSubmit } = useFormAction(form, {
    action: updateProfile,
    fields: ["name", "phone"],
    success: "Your contact details were saved.",
    onSaved: (values) => form.reset(values),
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Contact details" className="mt-4 space-y-4">
      <fieldset disabled={pending} className="space-y-4">
        <TextField id="profile-name" label="Full name" autoComplete="name" error={errors.name?.message} {...form.register("name")} />
        <TextField
          id="profile-phone"
          label="Phone"
          type="tel"
          autoComplete="tel"
          error={errors.phone?.message}
          {...form.register("phone")}
        />
      </fieldset>
      <FormAlert message={alert?.message ?? null} tone={alert?.tone} />
      <SubmitButton pending={pending}>Save changes</SubmitButton>
    </form>
  );
}
