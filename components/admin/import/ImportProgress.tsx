import type { ImportSummary } from "@/lib/transfer/queries";
import { IMPORT_STATE_LABELS } from "./labels";

/** Rows done of the total and what happened so far; announced politely as it changes. */
export function ImportProgress({ file }: { file: ImportSummary }) {
  const percent = file.totalRows ? Math.floor((file.rowsDone / file.totalRows) * 100) : 100;
  const n = (value: number) => value.toLocaleString("en-US");
  const clients = file.kind === "CLIENTS";
  return (
    <div className="max-w-2xl space-y-3 rounded-xl border border-stone-200 bg-white p-6">
      <p role="status" aria-live="polite" className="font-medium">
        {IMPORT_STATE_LABELS[file.state]}: {n(file.rowsDone)} of {n(file.totalRows)} rows ({percent}%)
      </p>
      <progress value={file.rowsDone} max={file.totalRows || 1} className="h-3 w-full accent-brand-700" aria-label="Rows imported">
        {percent}%
      </progress>
      <dl className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
        <div>
          <dt className="text-stone-600">{clients ? "New clients" : "Booked"}</dt>
          <dd className="text-lg font-semibold">{n(file.createdCount)}</dd>
        </div>
        {clients && (
          <div>
            <dt className="text-stone-600">Matched</dt>
            <dd className="text-lg font-semibold">{n(file.matchedCount)}</dd>
          </div>
        )}
        <div>
          <dt className="text-stone-600">Already imported</dt>
          <dd className="text-lg font-semibold">{n(file.skippedCount)}</dd>
        </div>
        <div>
          <dt className="text-stone-600">Rejected so far</dt>
          <dd className="text-lg font-semibold text-red-800">{n(file.rejectedCount)}</dd>
        </div>
      </dl>
      {file.state === "FAILED" && file.lastError && <p className="text-sm text-red-800">Why it stopped: {file.lastError}</p>}
      {(file.state === "QUEUED" || file.state === "RUNNING") && (
        <p className="text-sm text-stone-600">It runs in the background: you can leave this page and come back.</p>
      )}
    </div>
  );
}
