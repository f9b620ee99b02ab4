"use client";

import { useRef, useState, useTransition } from "react";
import type { Resolution } from "@/lib/staff/hours-schema";
import type { AffectedAppointment, ScheduleChangeResult } from "@/lib/staff/schedule-change";
import type { ActionResult } from "@/lib/errors/app-error";
import type { ServerAction } from "@/lib/actions/types";

type Failure = Extract<ActionResult, { ok: false }>;

/**
 * Submits a schedule change; when the server answers with appointments that would be stranded,
 * keeps the submitted values and lets the admin decide for each before re-submitting with the
 * decisions. Shared by the weekly hours, time off and date override forms.
 */
export function useScheduleChange<V extends object>(options: {
  action: ServerAction<V & { resolutions: Resolution[] }, ScheduleChangeResult>;
  onSuccess: (result: ScheduleChangeResult) => string;
  onFailure: (failure: Failure) => string;
}) {
  const [pending, startTransition] = useTransition();
  const [affected, setAffected] = useState<AffectedAppointment[] | null>(null);
  const [alert, setAlert] = useState<{ tone: "error" | "success"; message: string } | null>(null);
  const submitted = useRef<V | null>(null);

  const send = (values: V, resolutions: Resolution[]) => {
    setAlert(null);
    startTransition(async () => {
      const result = await options.action({ ...values, resolutions });
      if (result.ok) {
        setAffected(null);
        setAlert({ tone: "success", message: options.onSuccess(result.data) });
        return;
      }
      const list = (result.data as { affected?: AffectedAppointment[] } | undefined)?.affected;
      if (result.code === "CONFLICT" && list) {
        submitted.current = values;
        setAffected(list);
        return;
      }
      setAffected(null);
      setAlert({ tone: "error", message: options.onFailure(result) });
    });
  };

  return {
    pending,
    affected,
    alert,
    submit: (values: V) => send(values, []),
    confirm: (resolutions: Resolution[]) => submitted.current && send(submitted.current, resolutions),
    back: () => setAffected(null),
  };
}

/** The success line after a schedule change, naming what happened to stranded visits. */
export function describeChange(what: string, result: ScheduleChangeResult): string {
  const parts = [what];
  if (result.cancelledIds.length) parts.push(`${result.cancelledIds.length} appointment(s) cancelled`);
  if (result.keptIds.length) parts.push(`${result.keptIds.length} kept outside working time`);
  if (result.movedIds.length) parts.push(`${result.movedIds.length} moved to a colleague`);
  return parts.join("; ") + ".";
}
