"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
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
  const [pending, startTransition] = useTransition();
  const [alert, setAlert] = useState<{ tone: "error" | "success"; message: string } | null>(null);

  const onSubmit = form.handleSubmit((values) => {
    setAlert(null);
    startTransition(async () => {
      const result = await action(values);
      setAlert(
        result.ok
          ? { tone: "success", message: "Services saved." }
          : { tone: "error", message: applyServerErrors(result, form.setError, ["serviceIds"]) },
      );
    });
  });

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
