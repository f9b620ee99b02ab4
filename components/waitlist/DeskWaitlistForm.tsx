"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { FormProvider, useForm, useWatch } from "react-hook-form";
import { ClientPicker, type ClientOption } from "@/components/calendar/ClientPicker";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { FormAlert } from "@/components/ui/FormAlert";
import { SubmitButton } from "@/components/ui/SubmitButton";
import type { ServerAction } from "@/lib/actions/types";
import { addToWaitlistSchema, type AddToWaitlistInput } from "@/lib/waitlist/schema";
import { WaitlistPreferenceFields } from "./WaitlistPreferenceFields";

export type ServiceChoice = { id: string; name: string; staff: { id: string; displayName: string }[] };

type Props = {
  services: ServiceChoice[];
  today: string;
  lastDate: string;
  findClients: ServerAction<{ q: string }, ClientOption[]>;
  action: ServerAction<AddToWaitlistInput, { id: string }>;
};

const selectClass =
  "mt-1 block min-h-11 w-full rounded-lg border border-stone-300 bg-white px-3 text-base aria-[invalid=true]:border-red-600";

/** The desk adds a client (found in the directory) to the waitlist for a treatment. */
export function DeskWaitlistForm({ services, today, lastDate, findClients, action }: Props) {
  const defaults: AddToWaitlistInput = {
    clientId: "",
    serviceId: services[0]?.id ?? "",
    staffId: null,
    fromDate: today,
    toDate: today,
    weekdays: [],
    dayParts: [],
  };
  const form = useForm<AddToWaitlistInput>({ resolver: zodResolver(addToWaitlistSchema), defaultValues: defaults });
  const [client, setClient] = useState<ClientOption | null>(null);
  const [pending, startTransition] = useTransition();
  const [alert, setAlert] = useState<{ tone: "error" | "success"; message: string } | null>(null);
  const serviceId = useWatch({ control: form.control, name: "serviceId" });
  const staffId = useWatch({ control: form.control, name: "staffId" });
  const staff = services.find((service) => service.id === serviceId)?.staff ?? [];
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((values) => {
    setAlert(null);
    startTransition(async () => {
      const result = await action(values);
      if (result.ok) {
        setAlert({ tone: "success", message: `${client?.name ?? "The client"} is on the waitlist.` });
        setClient(null);
        form.reset({ ...values, clientId: "" });
      } else {
        setAlert({
          tone: "error",
          message: applyServerErrors(result, form.setError, ["clientId", "serviceId", "staffId", "fromDate", "toDate"]),
        });
      }
    });
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate aria-label="Add a client to the waitlist" className="space-y-5">
        <fieldset disabled={pending} className="space-y-5">
          <ClientPicker
            findClients={findClients}
            selected={client}
            error={errors.clientId?.message}
            onSelect={(picked) => {
              setClient(picked);
              form.setValue("clientId", picked?.id ?? "");
              if (picked) form.clearErrors("clientId");
            }}
          />
          <div className="grid gap-4 sm:grid-cols-2">
            <div>
              <label htmlFor="desk-waitlist-service" className="block text-sm font-medium text-stone-800">
                Treatment
              </label>
              <select
                id="desk-waitlist-service"
                className={selectClass}
                aria-invalid={errors.serviceId ? true : undefined}
                {...form.register("serviceId", { onChange: () => form.setValue("staffId", null) })}
              >
                {services.map((service) => (
                  <option key={service.id} value={service.id}>
                    {service.name}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="desk-waitlist-staff" className="block text-sm font-medium text-stone-800">
                Esthetician
              </label>
              <select
                id="desk-waitlist-staff"
                className={selectClass}
                aria-invalid={errors.staffId ? true : undefined}
                aria-describedby={errors.staffId ? "desk-waitlist-staff-error" : undefined}
                value={staffId ?? ""}
                onChange={(event) => form.setValue("staffId", event.target.value || null)}
              >
                <option value="">Any esthetician</option>
                {staff.map((member) => (
                  <option key={member.id} value={member.id}>
                    {member.displayName}
                  </option>
                ))}
              </select>
              {errors.staffId && (
                <p id="desk-waitlist-staff-error" className="mt-1 text-sm text-red-700">
                  {errors.staffId.message}
                </p>
              )}
            </div>
          </div>
          <WaitlistPreferenceFields idPrefix="desk-waitlist" today={today} lastDate={lastDate} />
        </fieldset>
        <FormAlert message={alert?.message ?? null} tone={alert?.tone} />
        <SubmitButton pending={pending} pendingLabel="Adding…">
          Add to the waitlist
        </SubmitButton>
      </form>
    </FormProvider>
  );
}
