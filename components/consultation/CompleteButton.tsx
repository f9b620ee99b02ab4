"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormAlert } from "@/components/ui/FormAlert";
import type { NoteActions } from "./ChartNoteSection";

/** Marks the visit completed; the command refuses until the note is signed. */
export function CompleteButton({ appointmentId, complete }: { appointmentId: string; complete: NoteActions["complete"] }) {
  const [pending, startTransition] = useTransition();
  const [alert, setAlert] = useState<string | null>(null);
  const router = useRouter();
  const onClick = () =>
    startTransition(async () => {
      const result = await complete({ appointmentId });
      if (result.ok) router.refresh();
      else setAlert(result.message);
    });
  return (
    <div className="space-y-2">
      <FormAlert message={alert} />
      <button
        type="button"
        onClick={onClick}
        disabled={pending}
        className="inline-flex min-h-11 items-center rounded-lg border border-brand-700 px-5 font-medium text-brand-800 disabled:opacity-60"
      >
        {pending ? "Completing…" : "Mark the appointment completed"}
      </button>
    </div>
  );
}
