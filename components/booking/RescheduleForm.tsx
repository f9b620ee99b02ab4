"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm, useWatch } from "react-hook-form";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { FormAlert } from "@/components/ui/FormAlert";
import { SubmitButton } from "@/components/ui/SubmitButton";
import type { AvailableSlot } from "@/lib/booking/availability";
import { rescheduleAppointmentSchema, type RescheduleAppointmentInput } from "@/lib/booking/schema";
import { describeTimeZone, formatInstant } from "@/lib/format/zoned";
import { AlternativeSlots } from "./AlternativeSlots";
import { alternativesFrom } from "./conflict-alternatives";
import { FactList } from "./FactList";
import type { ServerAction } from "@/lib/actions/types";

type Props = {
  defaultValues: RescheduleAppointmentInput;
  currentStartsAt: string;
  staffName: string;
  timeZone: string;
  action: ServerAction<RescheduleAppointmentInput>;
};

/** Confirms a move; the old time is kept unless the new one is won (the command is atomic). */
export function RescheduleForm({ defaultValues, currentStartsAt, staffName, timeZone, action }: Props) {
  const form = useForm<RescheduleAppointmentInput>({ resolver: zodResolver(rescheduleAppointmentSchema), defaultValues });
  const [pending, startTransition] = useTransition();
  const [alert, setAlert] = useState<string | null>(null);
  const [alternatives, setAlternatives] = useState<AvailableSlot[]>([]);
  const startsAt = useWatch({ control: form.control, name: "startsAt" });

  const onSubmit = form.handleSubmit((values) => {
    setAlert(null);
    startTransition(async () => {
      const result = await action(values);
      if (!result || result.ok) return;
      setAlternatives(result.code === "CONFLICT" ? alternativesFrom(result.data) : []);
      const message = applyServerErrors(result, form.setError, []);
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
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Confirm the new time" className="space-y-5">
      <FactList
        facts={[
          { term: "Current time", detail: formatInstant(currentStartsAt, timeZone) },
          {
            term: "New time",
            detail: `${formatInstant(startsAt, timeZone)} (${describeTimeZone(timeZone, startsAt)})`,
          },
          { term: "Esthetician", detail: staffName },
        ]}
      />
      <FormAlert message={alert ?? form.formState.errors.startsAt?.message ?? null} />
      <AlternativeSlots alternatives={alternatives} timeZone={timeZone} onPick={pickAlternative} disabled={pending} />
      <SubmitButton pending={pending} pendingLabel="Moving…">
        Move my appointment
      </SubmitButton>
    </form>
  );
}
