"use client";

import Link from "next/link";
import { useEffect, useId, useState, useTransition } from "react";
import { appointmentStatusLabel } from "@/components/booking/appointment-status";
import { FormAlert } from "@/components/ui/FormAlert";
import type { ServerAction } from "@/lib/actions/types";
import type { GridBlock } from "@/lib/booking/calendar-grid";
import type { AdminCancelInput, MarkStatusInput } from "@/lib/booking/schema";
import { SEVERITY_LABELS } from "@/lib/contraindications/summary";
import type { Severity } from "@/lib/contraindications/types";
import type { ActionResult } from "@/lib/errors/app-error";
import { formatMinuteOfDay } from "@/lib/format/calendar";
import { INTAKE_BADGES } from "./labels";
import { VisitCancelForm } from "./VisitCancelForm";
import { VisitMoveForm, type VisitMove } from "./VisitMoveForm";

export type VisitDetails = { email: string | null; flags: { severity: Severity; message: string }[] };

export type VisitActions = {
  mark?: ServerAction<MarkStatusInput, unknown>;
  cancel?: ServerAction<AdminCancelInput, unknown>;
  details?: ServerAction<{ appointmentId: string }, VisitDetails>;
  sendIntakeLink?: ServerAction<{ clientId: string }, { sent: string }>;
};

type Props = VisitActions & {
  block: GridBlock;
  date: string;
  /** For the keyboard (and touch) alternative to dragging. */
  move?: VisitMove;
  canComplete: boolean;
  chartHref: string | null;
  clientHref: string | null;
  onDone: (message: string) => void;
  onClose: () => void;
};

const MARKS = [
  { status: "CHECKED_IN", label: "Check in", from: ["BOOKED"] },
  { status: "NO_SHOW", label: "Mark no-show", from: ["BOOKED"] },
  { status: "COMPLETED", label: "Mark completed", from: ["BOOKED", "CHECKED_IN"] },
] as const;

/** A visit's actions: check in, no-show, complete, move (the alternative to dragging), cancel, chart and client links. */
export function VisitPanel(props: Props) {
  const { block } = props;
  const id = useId();
  const [details, setDetails] = useState<VisitDetails | null>(null);
  const [alert, setAlert] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const loadDetails = props.details;
  useEffect(() => {
    if (!loadDetails) return;
    let live = true;
    void loadDetails({ appointmentId: block.id }).then((result) => live && result.ok && setDetails(result.data));
    return () => {
      live = false;
    };
  }, [loadDetails, block.id]);

  const run = (call: () => Promise<ActionResult<unknown>>, done: string) =>
    startTransition(async () => {
      setAlert(null);
      const result = await call();
      if (result.ok) props.onDone(done);
      else setAlert(result.fieldErrors?.reason?.[0] ?? result.message);
    });

  const marks = MARKS.filter(
    (mark) => (mark.from as readonly string[]).includes(block.status) && (mark.status !== "COMPLETED" || props.canComplete),
  );
  const open = block.status === "BOOKED" || block.status === "CHECKED_IN";
  const intakeBadge = INTAKE_BADGES[block.intake];
  return (
    <div className="space-y-5" role="group" aria-label={`Actions for ${formatMinuteOfDay(block.startMinute)} ${block.clientName}`}>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-stone-600">Client</dt>
        <dd>
          {props.clientHref ? (
            <Link href={props.clientHref} className="font-medium text-brand-700 underline">
              {block.clientName}
            </Link>
          ) : (
            block.clientName
          )}
        </dd>
        <dt className="text-stone-600">Phone</dt>
        <dd>{block.clientPhone ? <a href={`tel:${block.clientPhone.replace(/\s/g, "")}`}>{block.clientPhone}</a> : "—"}</dd>
        {details?.email && (
          <>
            <dt className="text-stone-600">Email</dt>
            <dd className="break-all">{details.email}</dd>
          </>
        )}
        <dt className="text-stone-600">Treatment</dt>
        <dd>{block.serviceName}</dd>
        <dt className="text-stone-600">With</dt>
        <dd>{block.staffName}</dd>
        <dt className="text-stone-600">Time</dt>
        <dd>
          {formatMinuteOfDay(block.startMinute)}–{formatMinuteOfDay(block.endMinute)}{" "}
          <span className="text-stone-600">
            (held {formatMinuteOfDay(block.blockedStartMinute)}–{formatMinuteOfDay(block.blockedEndMinute)} with preparation and cleanup)
          </span>
        </dd>
        <dt className="text-stone-600">Status</dt>
        <dd>{appointmentStatusLabel(block.status)}</dd>
        <dt className="text-stone-600">Intake</dt>
        <dd>{intakeBadge ?? (block.intake === "not-required" ? "Not needed" : "Current")}</dd>
      </dl>
      {details && details.flags.length > 0 && (
        <section aria-labelledby={`${id}-flags`} className="rounded-lg border border-amber-300 bg-amber-50 p-3">
          <h3 id={`${id}-flags`} className="text-sm font-semibold">
            Flags for this treatment
          </h3>
          <ul className="mt-1 list-disc pl-5 text-sm">
            {details.flags.map((flag) => (
              <li key={flag.message}>
                <strong>{SEVERITY_LABELS[flag.severity]}:</strong> {flag.message}
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="flex flex-wrap gap-2">
        {props.mark &&
          marks.map((mark) => (
            <button
              key={mark.status}
              type="button"
              disabled={pending}
              onClick={() =>
                run(
                  () => props.mark!({ appointmentId: block.id, status: mark.status }),
                  `${block.clientName}: ${mark.label.toLowerCase()} done.`,
                )
              }
              className="min-h-11 rounded-lg border border-stone-300 bg-white px-3 text-sm disabled:opacity-60"
            >
              {mark.label}
            </button>
          ))}
        {props.sendIntakeLink && (block.intake === "missing" || block.intake === "expired") && (
          <button
            type="button"
            disabled={pending}
            onClick={() => run(() => props.sendIntakeLink!({ clientId: block.clientId }), `Intake link sent to ${block.clientName}.`)}
            className="min-h-11 rounded-lg border border-stone-300 bg-white px-3 text-sm disabled:opacity-60"
          >
            Send intake link
          </button>
        )}
        {props.chartHref && (
          <Link
            href={props.chartHref}
            className="inline-flex min-h-11 items-center rounded-lg border border-stone-300 bg-white px-3 text-sm text-brand-800"
          >
            Open chart
          </Link>
        )}
      </div>
      {props.move && block.status === "BOOKED" && <VisitMoveForm block={block} date={props.date} move={props.move} />}
      {props.cancel && open && <VisitCancelForm block={block} cancel={props.cancel} onDone={props.onDone} />}
      <FormAlert message={alert} />
      <button type="button" onClick={props.onClose} className="min-h-11 rounded-lg border border-stone-300 bg-white px-4 text-sm">
        Close
      </button>
    </div>
  );
}
