"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { SECTION_LABELS, type ConfirmProductInput, type PlanEdit } from "@/lib/homecare/schema";
import { PLAN_SECTIONS, type HomecarePlan, type PlanLine, type PlanSection } from "@/lib/homecare/types";
import { LineForm } from "./LineForm";
import type { ServerAction } from "@/lib/actions/types";

export type EditLineAction = ServerAction<PlanEdit, { lineId: string }>;
export type ConfirmProductAction = ServerAction<ConfirmProductInput, { lineId: string }>;

type Props = { appointmentId: string; plan: HomecarePlan; editLine: EditLineAction; confirmProduct: ConfirmProductAction };

/** The esthetician's review: every line with its reason, editable, removable; a line can be added per section. */
export function PlanEditor({ appointmentId, plan, editLine, confirmProduct }: Props) {
  const router = useRouter();
  const [open, setOpen] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const done = () => {
    setOpen(null);
    router.refresh();
  };
  const run = async (edit: PlanEdit) => {
    const result = await editLine(edit);
    if (result.ok) done();
    else setError(result.message);
    return result;
  };
  const confirm = async (lineId: string) => {
    const result = await confirmProduct({ appointmentId, lineId });
    if (result.ok) done();
    else setError(result.message);
  };
  return (
    <div className="space-y-6">
      {error && (
        <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      )}
      {PLAN_SECTIONS.map((section) => (
        <SectionEditor
          key={section}
          {...{ appointmentId, section, open, setOpen, done, editLine, confirm }}
          lines={plan.sections[section]}
          remove={run}
        />
      ))}
    </div>
  );
}

type SectionProps = {
  appointmentId: string;
  section: PlanSection;
  lines: PlanLine[];
  open: string | null;
  setOpen: (id: string | null) => void;
  done: () => void;
  editLine: EditLineAction;
  remove: (edit: PlanEdit) => Promise<unknown>;
  confirm: (lineId: string) => Promise<void>;
};

function SectionEditor({ appointmentId, section, lines, open, setOpen, done, editLine, remove, confirm }: SectionProps) {
  return (
    <section aria-labelledby={`edit-${section}`} className="space-y-2">
      <h3 id={`edit-${section}`} className="font-semibold">
        {SECTION_LABELS[section]}
      </h3>
      <ul className="space-y-3">
        {lines.map((line) => (
          <li key={line.id} className="rounded-lg border border-stone-200 p-3">
            {open === line.id ? (
              <LineForm
                idPrefix={`line-${line.id}`}
                defaultValues={{ text: line.text, reason: line.reason }}
                submitLabel="Save line"
                onSave={(values) => editLine({ kind: "EDIT", appointmentId, section, lineId: line.id, ...values })}
                onDone={done}
              />
            ) : (
              <LineRow
                line={line}
                onEdit={() => setOpen(line.id)}
                onRemove={() => remove({ kind: "REMOVE", appointmentId, section, lineId: line.id })}
                onConfirm={() => confirm(line.id)}
              />
            )}
          </li>
        ))}
      </ul>
      {open === `add-${section}` ? (
        <LineForm
          idPrefix={`add-${section}`}
          defaultValues={{ text: "", reason: "" }}
          submitLabel="Add line"
          onSave={(values) => editLine({ kind: "ADD", appointmentId, section, ...values })}
          onDone={done}
        />
      ) : (
        <button type="button" onClick={() => setOpen(`add-${section}`)} className="min-h-11 text-brand-700 underline">
          Add a line to “{SECTION_LABELS[section]}”
        </button>
      )}
    </section>
  );
}

/** Staff see the rule's name, never the internal source it encodes. */
function ruleOf(line: PlanLine): string {
  return line.rule ?? (line.source === "esthetician" ? "Added by the esthetician" : "Homecare rules");
}

function LineRow({
  line,
  onEdit,
  onRemove,
  onConfirm,
}: {
  line: PlanLine;
  onEdit: () => void;
  onRemove: () => void;
  onConfirm: () => void;
}) {
  const check = line.confirmation;
  return (
    <div className="flex flex-wrap items-start justify-between gap-2">
      <div className="min-w-0 flex-1">
        <p>{line.text}</p>
        <p className="text-sm text-stone-600">
          Why: {line.reason} <span className="text-stone-600">· Rule: {ruleOf(line)}</span>
        </p>
        {line.acknowledged && (
          <p className="text-sm text-amber-900">
            Kept by {line.acknowledged.by} despite {line.acknowledged.conflicts.join("; ")}. Reason: {line.acknowledged.reason}
          </p>
        )}
        {check && !check.confirmedAt && <p className="text-sm font-medium text-amber-900">Label check needed: {check.required}</p>}
        {check?.confirmedAt && <p className="text-sm text-stone-600">Label checked by {check.confirmedBy}.</p>}
      </div>
      <div className="flex flex-wrap gap-2">
        {check && !check.confirmedAt && (
          <button type="button" onClick={onConfirm} className="min-h-11 rounded-lg border border-amber-700 px-3 text-amber-900">
            I checked the label
          </button>
        )}
        <button
          type="button"
          onClick={onEdit}
          className="min-h-11 rounded-lg border border-stone-300 px-3"
          aria-label={`Edit: ${line.text}`}
        >
          Edit
        </button>
        <button
          type="button"
          onClick={onRemove}
          className="min-h-11 rounded-lg border border-stone-300 px-3"
          aria-label={`Remove: ${line.text}`}
        >
          Remove
        </button>
      </div>
    </div>
  );
}
