"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { FormAlert } from "@/components/ui/FormAlert";
import { SubmitButton } from "@/components/ui/SubmitButton";
import type { AvailableSlot } from "@/lib/booking/availability";
import { bookAppointmentSchema, type BookAppointmentInput } from "@/lib/booking/schema";
import { newIdempotencyKey } from "@/lib/idempotency/schema";
import { AlternativeSlots } from "./AlternativeSlots";
import { alternativesFrom } from "./conflict-alternatives";
import { ReviewFacts, type ReviewDetails } from "./ReviewFacts";
import type { ServerAction } from "@/lib/actions/types";

type Props = {
  details: ReviewDetails;
  defaultValues: BookAppointmentInput;
  action: ServerAction<BookAppointmentInput>;
  /** The notes field's hint: it must not say the intake comes later where the spa asked for it first. */
  notesHint?: string;
};

const FIELDS = ["serviceId", "staffId", "startsAt", "clientNotes"] as const;

/** Step 4: the booking as it will be made, optional notes, and the confirm button. */
export function BookingReviewForm({ details, defaultValues, action, notesHint }: Props) {
  const form = useForm<BookAppointmentInput, unknown, z.output<typeof bookAppointmentSchema>>({
    resolver: zodResolver(bookAppointmentSchema),
    defaultValues,
  });
  const [pending, startTransition] = useTransition();
  const [alert, setAlert] = useState<string | null>(null);
  const [alternatives, setAlternatives] = useState<AvailableSlot[]>([]);
  const startsAt = useWatch({ control: form.control, name: "startsAt" });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((values) => {
    setAlert(null);
    startTransition(async () => {
      let result: Awaited<ReturnType<typeof action>>;
      try {
        result = await action(values);
      } catch {
        // No answer (the connection dropped): the booking may have been made. The form keeps its
        // token, so pressing Confirm again returns that booking instead of making a second one.
        setAlert("We couldn’t hear back from the server. Press Confirm booking again: you won’t be booked twice.");
        return;
      }
      // Success redirects to the confirmation page; only a failure comes back here.
      if (!result || result.ok) return;
      // That request has its answer; the next press is a new request.
      form.setValue("requestKey", newIdempotencyKey());
      setAlternatives(result.code === "CONFLICT" ? alternativesFrom(result.data) : []);
      const message = applyServerErrors(result, form.setError, FIELDS);
      setAlert(result.code === "CONFLICT" ? `That time was just taken. ${message}` : message);
    });
  });

  function pickAlternative(slot: AvailableSlot) {
    form.setValue("startsAt", slot.start);
    setAlternatives([]);
    setAlert(null);
    const url = new URL(window.location.href);
    url.searchParams.set("date", slot.date);
    url.searchParams.set("time", slot.start);
    window.history.replaceState(null, "", url);
    document.getElementById("review-when")?.focus();
  }

  const startsAtError = errors.startsAt?.message ?? errors.staffId?.message ?? errors.serviceId?.message;
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Review and confirm" className="space-y-5">
      <ReviewFacts details={details} startsAt={startsAt} />
      {startsAtError && <FormAlert message={startsAtError} />}
      <fieldset disabled={pending} className="space-y-1">
        <label htmlFor="booking-notes" className="block text-sm font-medium text-stone-800">
          Notes for your esthetician (optional)
        </label>
        <p id="booking-notes-hint" className="text-xs text-stone-600">
          {notesHint ?? "Anything we should know before your visit. Your health questions come later, in the intake form."}
        </p>
        <textarea
          id="booking-notes"
          rows={3}
          aria-invalid={errors.clientNotes ? true : undefined}
          aria-describedby={["booking-notes-hint", errors.clientNotes ? "booking-notes-error" : ""].filter(Boolean).join(" ")}
          className="block w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-600"
          {...form.register("clientNotes")}
        />
        {errors.clientNotes && (
          <p id="booking-notes-error" className="text-sm text-red-700">
            {errors.clientNotes.message}
          </p>
        )}
      </fieldset>
      <FormAlert message={alert} />
      <AlternativeSlots alternatives={alternatives} timeZone={details.timeZone} onPick={pickAlternative} disabled={pending} />
      <SubmitButton pending={pending} pendingLabel="Booking…">
        Confirm booking
      </SubmitButton>
    </form>
  );
}
