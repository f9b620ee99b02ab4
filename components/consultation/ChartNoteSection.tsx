import Link from "next/link";
import type { ServerAction } from "@/lib/actions/types";
import type { Chart } from "@/lib/consultation/chart-queries";
import type { AmendNoteFields, SaveNoteFields } from "@/lib/consultation/schema";
import { formatDateTime } from "@/lib/format/zoned";
import { AmendmentForm } from "./AmendmentForm";
import { CompleteButton } from "./CompleteButton";
import { NoteForm } from "./NoteForm";
import { SignedNote } from "./SignedNote";

/** What the chart's note section may do, passed in by the page that imports the actions. */
export type NoteActions = {
  saveDraft: ServerAction<SaveNoteFields, { savedAt: string }>;
  sign: ServerAction<SaveNoteFields>;
  amend: ServerAction<AmendNoteFields>;
  complete: ServerAction<{ appointmentId: string }>;
};

/** The visit's note: the draft form, or the signed note with its amendments; then completion. */
export function ChartNoteSection({ chart, canWrite, actions }: { chart: Chart; canWrite: boolean; actions: NoteActions }) {
  const { appointment, note } = chart;
  const open = appointment.status === "BOOKED" || appointment.status === "CHECKED_IN";
  // A note records what was done: it can be signed once the visit has started (the server checks again).
  const signLater =
    new Date() < chart.signOpensAt
      ? formatDateTime(chart.signOpensAt, appointment.location.timeZone, { date: "long", time: "short" })
      : null;
  return (
    <section aria-labelledby="note-heading" className="space-y-3 rounded-xl border border-stone-200 bg-white p-6">
      <h2 id="note-heading" className="text-lg font-semibold">
        Treatment note
      </h2>
      {note.signedAt ? (
        <>
          <SignedNote note={note} products={chart.products} timeZone={appointment.location.timeZone} />
          <Link
            href={`/staff/appointments/${appointment.id}/homecare`}
            className="inline-flex min-h-11 items-center font-medium text-brand-700 underline"
          >
            Review and publish the homecare plan
          </Link>
          {canWrite && <AmendmentForm appointmentId={appointment.id} amend={actions.amend} />}
        </>
      ) : canWrite ? (
        <NoteForm
          appointmentId={appointment.id}
          defaultValues={note.content}
          steps={note.content.steps.map((step) => step.step)}
          blocked={chart.blockedSteps}
          blockFlags={chart.flags.BLOCK}
          products={chart.products}
          saveDraft={actions.saveDraft}
          sign={actions.sign}
          signOpensAt={signLater}
        />
      ) : (
        <p>The note has not been signed yet.</p>
      )}
      {canWrite && open && <CompleteButton appointmentId={appointment.id} complete={actions.complete} />}
    </section>
  );
}
