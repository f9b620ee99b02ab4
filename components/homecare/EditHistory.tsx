import type { PlanEditEntry } from "@/lib/homecare/review";
import { SECTION_LABELS } from "@/lib/homecare/schema";
import type { PlanSection } from "@/lib/homecare/types";
import { formatDateTime } from "@/lib/format/zoned";

const VERB = { ADD: "added", EDIT: "changed", REMOVE: "removed", CONFIRM: "checked the label of" } as const;

/** Who changed which line, when, from what to what. */
export function EditHistory({ edits, timeZone }: { edits: PlanEditEntry[]; timeZone: string }) {
  if (edits.length === 0) return <p className="text-stone-600">No changes yet: this is the plan as drafted.</p>;
  return (
    <ol className="space-y-2 text-sm">
      {edits.map((edit) => (
        <li key={edit.id}>
          <span className="font-medium">{edit.editorName}</span> {VERB[edit.kind]} {edit.kind === "CONFIRM" ? "a product" : "a line"} in “
          {SECTION_LABELS[edit.section as PlanSection] ?? edit.section}” on{" "}
          {formatDateTime(edit.createdAt, timeZone, { date: "long", time: "short" })}
          {edit.kind === "CONFIRM" ? (
            <span className="block text-stone-600">{edit.after?.text}</span>
          ) : (
            <>
              {edit.before && <span className="block text-stone-600">Before: {edit.before.text}</span>}
              {edit.after && <span className="block text-stone-600">After: {edit.after.text}</span>}
            </>
          )}
          {edit.after?.acknowledged && (
            <span className="block text-amber-900">
              Kept despite: {edit.after.acknowledged.conflicts.join("; ")}. Reason: {edit.after.acknowledged.reason}
            </span>
          )}
        </li>
      ))}
    </ol>
  );
}
