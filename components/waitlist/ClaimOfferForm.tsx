"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { AlternativeSlots } from "@/components/booking/AlternativeSlots";
import { alternativesFrom } from "@/components/booking/conflict-alternatives";
import { FormAlert } from "@/components/ui/FormAlert";
import { SubmitButton } from "@/components/ui/SubmitButton";
import type { ServerAction } from "@/lib/actions/types";
import type { AvailableSlot } from "@/lib/booking/availability";

type Props = {
  token: string;
  serviceSlug: string;
  timeZone: string;
  action: ServerAction<{ token: string }, { appointmentId: string }>;
};

/**
 * One button: book the held time. A button (not the link itself) so that mail scanners that open
 * links cannot claim anything. Losing to another client shows the nearest free times instead.
 */
export function ClaimOfferForm({ token, serviceSlug, timeZone, action }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [alert, setAlert] = useState<string | null>(null);
  const [alternatives, setAlternatives] = useState<AvailableSlot[]>([]);

  const claim = (event: React.FormEvent) => {
    event.preventDefault();
    setAlert(null);
    startTransition(async () => {
      const result = await action({ token });
      if (result.ok) {
        router.refresh();
        return;
      }
      setAlert(result.message);
      setAlternatives(alternativesFrom(result.data));
    });
  };
  const pick = (slot: AvailableSlot) => {
    const staff = slot.staffIds.length === 1 ? slot.staffIds[0]! : "any";
    router.push(`/book?${new URLSearchParams({ service: serviceSlug, staff, date: slot.date, time: slot.start })}`);
  };

  return (
    <form onSubmit={claim} aria-label="Book the held time" className="space-y-4">
      <FormAlert message={alert} />
      <AlternativeSlots alternatives={alternatives} timeZone={timeZone} onPick={pick} disabled={pending} />
      {alternatives.length === 0 && !alert && (
        <SubmitButton pending={pending} pendingLabel="Booking…">
          Book this time
        </SubmitButton>
      )}
    </form>
  );
}
