"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useId, useState } from "react";
import { flushSync } from "react-dom";
import { useForm, useWatch, type Path } from "react-hook-form";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { FormAlert } from "@/components/ui/FormAlert";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { EmailField, TextField } from "@/components/ui/TextField";
import type { ServerAction } from "@/lib/actions/types";
import { deskBookingSchema, type DeskBookingData, type DeskBookingInput } from "@/lib/booking/schema";
import type { SlotService } from "@/lib/booking/desk-queries";
import { SEVERITY_LABELS } from "@/lib/contraindications/summary";
import type { Severity } from "@/lib/contraindications/types";
import { formatDuration } from "@/lib/format/duration";
import { formatPrice } from "@/lib/format/money";
import { ClientPicker, type ClientOption } from "./ClientPicker";

export type BookingActions = {
  book: ServerAction<DeskBookingInput, { id: string }>;
  servicesForSlot: ServerAction<{ staffId: string; startsAt: string }, SlotService[]>;
  findClients: ServerAction<{ q: string }, ClientOption[]>;
};

type Props = BookingActions & {
  staffId: string;
  staffName: string;
  startsAt: string;
  whenLabel: string;
  onBooked: (summary: string) => void;
  onClose: () => void;
};

const FIELDS = [
  "serviceId",
  "client.clientId",
  "client.name",
  "client.phone",
  "client.email",
  "clientNotes",
  "overrideReason",
  "overlapReason",
] as const;
type Flagged = { severity: Severity; message: string }[];
type Overlapping = { id: string; serviceName: string; when: string }[];

/**
 * Booking a phone or walk-in client into an empty cell: the treatment (only what this esthetician
 * performs, those that do not fit disabled with the reason), then the client found by type-ahead
 * or created (name and phone; an email sends the set-password link). A contraindication BLOCK
 * comes back with its client-facing reasons and needs a reason to book anyway; so does a time when
 * the client already has another appointment.
 */
export function BookingPanel(props: Props) {
  const id = useId();
  const [services, setServices] = useState<SlotService[] | null>(null);
  const [servicesError, setServicesError] = useState<string | null>(null);
  const [existing, setExisting] = useState<ClientOption | null>(null);
  const [flagged, setFlagged] = useState<Flagged | null>(null);
  const [overlapping, setOverlapping] = useState<Overlapping | null>(null);
  const [alert, setAlert] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const form = useForm<DeskBookingInput, unknown, DeskBookingData>({
    resolver: zodResolver(deskBookingSchema),
    defaultValues: {
      serviceId: "",
      staffId: props.staffId,
      startsAt: props.startsAt,
      client: { kind: "existing", clientId: "" },
      clientNotes: "",
      overrideReason: "",
      overlapReason: "",
    },
  });
  const kind = useWatch({ control: form.control, name: "client.kind" });
  const errors = form.formState.errors as Record<string, { message?: string } | Record<string, { message?: string }> | undefined>;
  const fieldError = (path: string) => {
    const [head, tail] = path.split(".");
    const node = errors[head!] as Record<string, { message?: string }> | { message?: string } | undefined;
    return tail
      ? (node as Record<string, { message?: string }> | undefined)?.[tail]?.message
      : (node as { message?: string } | undefined)?.message;
  };

  const { servicesForSlot, staffId, startsAt } = props;
  useEffect(() => {
    let live = true;
    void servicesForSlot({ staffId, startsAt }).then((result) => {
      if (!live) return;
      if (result.ok) setServices(result.data);
      else setServicesError(result.message);
    });
    return () => {
      live = false;
    };
  }, [servicesForSlot, staffId, startsAt]);

  const switchKind = (next: "existing" | "new") => {
    form.clearErrors();
    form.setValue(
      "client",
      next === "existing" ? { kind: "existing", clientId: existing?.id ?? "" } : { kind: "new", name: "", phone: "", email: "" },
    );
  };

  const onSubmit = form.handleSubmit(async (values) => {
    setAlert(null);
    setPending(true);
    // The action parses the same schema again: it gets what was typed, not the parsed output.
    const result = await props.book(form.getValues());
    if (result.ok) {
      const name = values.client.kind === "existing" ? existing?.name : values.client.name;
      const service = services?.find((s) => s.id === values.serviceId)?.name ?? "the treatment";
      props.onBooked(`Booked ${name ?? "the client"} for ${service}, ${props.whenLabel}.`);
      return;
    }
    const data = result.data as { reason?: string; flags?: Flagged; overlapping?: Overlapping } | undefined;
    if (data?.reason === "CONTRAINDICATED" && data.flags) setFlagged(data.flags);
    if (data?.reason === "CLIENT_OVERLAP" && data.overlapping) setOverlapping(data.overlapping);
    const message = applyServerErrors(result, form.setError, FIELDS as unknown as Path<DeskBookingInput>[]);
    setAlert(message);
    flushSync(() => setPending(false));
    if (data?.reason === "CONTRAINDICATED") form.setFocus("overrideReason");
    if (data?.reason === "CLIENT_OVERLAP") form.setFocus("overlapReason");
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Book an appointment" className="space-y-5">
      <p className="text-sm text-stone-700">
        With <strong>{props.staffName}</strong>, {props.whenLabel}.
      </p>
      <fieldset disabled={pending} className="space-y-5">
        <fieldset aria-describedby={fieldError("serviceId") ? `${id}-service-error` : undefined}>
          <legend className="text-sm font-medium text-stone-800">Treatment</legend>
          {!services && !servicesError && <p className="mt-1 text-sm text-stone-600">Loading what fits…</p>}
          {servicesError && <p className="mt-1 text-sm text-red-700">{servicesError}</p>}
          {services && services.length === 0 && (
            <p className="mt-1 text-sm text-stone-600">This esthetician performs no active treatments.</p>
          )}
          <ul className="mt-2 space-y-2">
            {services?.map((service) => (
              <li key={service.id}>
                <label
                  className={`flex min-h-11 items-start gap-2 rounded-lg border p-2 text-sm ${service.refusal ? "border-stone-200 text-stone-500" : "border-stone-300"}`}
                >
                  <input
                    type="radio"
                    value={service.id}
                    disabled={service.refusal !== null}
                    className="mt-1 size-4"
                    {...form.register("serviceId")}
                  />
                  <span>
                    <span className="font-medium">{service.name}</span> · {formatDuration(service.durationMinutes)} ·{" "}
                    {formatPrice(service.priceCents, service.currency)}
                    {service.refusal && <span className="block text-xs">{service.refusal}</span>}
                  </span>
                </label>
              </li>
            ))}
          </ul>
          {fieldError("serviceId") && (
            <p id={`${id}-service-error`} className="mt-1 text-sm text-red-700">
              {fieldError("serviceId")}
            </p>
          )}
        </fieldset>

        <fieldset className="space-y-3">
          <legend className="text-sm font-medium text-stone-800">Client</legend>
          <div className="flex flex-wrap gap-4 text-sm">
            <label className="inline-flex min-h-11 items-center gap-2">
              <input
                type="radio"
                name={`${id}-kind`}
                checked={kind === "existing"}
                onChange={() => switchKind("existing")}
                className="size-4"
              />
              Existing client
            </label>
            <label className="inline-flex min-h-11 items-center gap-2">
              <input type="radio" name={`${id}-kind`} checked={kind === "new"} onChange={() => switchKind("new")} className="size-4" />
              New client
            </label>
          </div>
          {kind === "existing" ? (
            <ClientPicker
              findClients={props.findClients}
              selected={existing}
              error={fieldError("client.clientId")}
              onSelect={(client) => {
                setExisting(client);
                form.setValue("client", { kind: "existing", clientId: client?.id ?? "" });
                if (client) form.clearErrors("client");
              }}
            />
          ) : (
            <div className="space-y-3">
              <TextField
                id={`${id}-name`}
                label="Full name"
                autoComplete="off"
                error={fieldError("client.name")}
                {...form.register("client.name")}
              />
              <TextField
                id={`${id}-phone`}
                label="Phone"
                type="tel"
                autoComplete="off"
                error={fieldError("client.phone")}
                {...form.register("client.phone")}
              />
              <EmailField
                id={`${id}-email`}
                label="Email (optional)"
                autoComplete="off"
                hint="With an email the client gets the confirmation, the intake form link and a link to set a password."
                error={fieldError("client.email")}
                {...form.register("client.email")}
              />
            </div>
          )}
        </fieldset>

        <div>
          <label htmlFor={`${id}-notes`} className="block text-sm font-medium text-stone-800">
            Notes for the visit (optional)
          </label>
          <textarea
            id={`${id}-notes`}
            rows={2}
            className="mt-1 block w-full rounded-lg border border-stone-300 px-3 py-2"
            {...form.register("clientNotes")}
          />
        </div>

        {flagged && (
          <div role="group" aria-labelledby={`${id}-flags`} className="space-y-2 rounded-lg border border-red-300 bg-red-50 p-3">
            <h3 id={`${id}-flags`} className="text-sm font-semibold text-red-900">
              The client&apos;s intake flags this treatment
            </h3>
            <ul className="list-disc pl-5 text-sm text-red-900">
              {flagged.map((flag) => (
                <li key={flag.message}>
                  <strong>{SEVERITY_LABELS[flag.severity]}:</strong> {flag.message}
                </li>
              ))}
            </ul>
            <TextField
              id={`${id}-override`}
              label="Reason for booking anyway"
              hint="Kept in the audit log. The esthetician adapts the treatment at the visit."
              error={fieldError("overrideReason")}
              {...form.register("overrideReason")}
            />
          </div>
        )}
        {overlapping && (
          <div role="group" aria-labelledby={`${id}-overlap`} className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-3">
            <h3 id={`${id}-overlap`} className="text-sm font-semibold text-amber-950">
              The client already has an appointment at that time
            </h3>
            <ul className="list-disc pl-5 text-sm text-amber-950">
              {overlapping.map((visit) => (
                <li key={visit.id}>
                  {visit.serviceName}, {visit.when}
                </li>
              ))}
            </ul>
            <TextField
              id={`${id}-overlap-reason`}
              label="Reason for booking both"
              hint="Kept on the visit and in the audit log."
              error={fieldError("overlapReason")}
              {...form.register("overlapReason")}
            />
          </div>
        )}
      </fieldset>
      <FormAlert message={alert} />
      <div className="flex flex-wrap gap-3">
        <SubmitButton pending={pending} pendingLabel="Booking…">
          {flagged || overlapping ? "Book anyway" : "Book"}
        </SubmitButton>
        <button type="button" onClick={props.onClose} className="min-h-11 rounded-lg border border-stone-300 bg-white px-4">
          Cancel
        </button>
      </div>
    </form>
  );
}
