"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { useFormAction } from "@/components/forms/use-form-action";
import { FormAlert } from "@/components/ui/FormAlert";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { setStaffServicesSchema, type SetStaffServicesInput } from "@/lib/staff/schema";
import { ServiceCheckboxes } from "./ServiceCheckboxes";
import type { ServerAction } from "@/lib/actions/types";

type Props = {
  staffId: string;
  serviceIds: string[];
  services: { id: string; name: string; active: boolean }[];
  action: ServerAction<SetStaffServicesInput>;
};

export function StaffServicesForm({ staffId, serviceIds, services, action }: Props) {
  const form = useForm<SetStaffServicesInput>({ resolver: zodResolver(setStaffServicesSchema), defaultValues: { staffId, serviceIds } });
  const { pending, alert, onSubmit } = useFormAction(form, { action, fields: ["serviceIds"], success: "Services saved." });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Services" className="space-y-3">
      <fieldset disabled={pending}>
        <ServiceCheckboxes
          idPrefix="edit-services"
          services={services}
          error={form.formState.errors.serviceIds?.message}
          register={form.register("serviceIds")}
        />
      </fieldset>
      <FormAlert message={alert?.message ?? null} tone={alert?.tone} />
      <SubmitButton pending={pending}>Save services</SubmitButton>
    </form>
  );
}
