"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormAlert } from "@/components/ui/FormAlert";
import type { ClearDateOverrideInput } from "@/lib/staff/hours-schema";
import type { ScheduleChangeResult } from "@/lib/staff/schedule-change";
import type { StaffDetail } from "@/lib/staff/admin-queries";
import { formatMinuteOfDay } from "@/lib/format/calendar";
import { AffectedAppointments } from "./AffectedAppointments";
import { formatInstant } from "@/lib/format/zoned";
import { describeChange, useScheduleChange } from "./use-schedule-change";
import type { ServerAction } from "@/lib/actions/types";

type Props = {
  detail: Pick<StaffDetail, "id" | "timeZone" | "timeOff" | "dateOverrides">;
  removeTimeOffAction: ServerAction<{ timeOffId: string }>;
  clearOverrideAction: ServerAction<ClearDateOverrideInput, ScheduleChangeResult>;
};

/** Upcoming time off and date overrides, each removable from the keyboard. */
export function ScheduleExceptions({ detail, removeTimeOffAction, clearOverrideAction }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [alert, setAlert] = useState<string | null>(null);
  const clear = useScheduleChange<{ staffId: string; date: string }>({
    action: clearOverrideAction,
    onSuccess: (result) => (router.refresh(), describeChange("Override removed", result)),
    onFailure: (failure) => failure.message,
  });
  const removeTimeOff = (timeOffId: string) =>
    startTransition(async () => {
      const result = await removeTimeOffAction({ timeOffId });
      if (result.ok) router.refresh();
      else setAlert(result.message);
    });
  const dates = [...new Set(detail.dateOverrides.map((o) => o.date))];

  return (
    <div className="grid gap-6 md:grid-cols-2">
      <TimeOffList detail={detail} pending={pending} onRemove={removeTimeOff} alert={alert} />
      <section aria-labelledby="override-list-heading">
        <h3 id="override-list-heading" className="font-medium">
          Date overrides
        </h3>
        {dates.length === 0 ? (
          <p className="text-sm text-stone-600">None.</p>
        ) : (
          <ul className="mt-2 space-y-2">
            {dates.map((date) => {
              const rows = detail.dateOverrides.filter((o) => o.date === date);
              const hours = rows
                .filter((o) => o.startMinute !== null)
                .map((o) => `${formatMinuteOfDay(o.startMinute!)}–${formatMinuteOfDay(o.endMinute!)}`);
              return (
                <li key={date} className="flex flex-wrap items-center gap-2 text-sm">
                  <span>
                    {date}: {hours.length ? hours.join(", ") : "day off"}
                    {rows[0]?.reason && ` (${rows[0].reason})`}
                  </span>
                  <button
                    type="button"
                    disabled={clear.pending}
                    onClick={() => clear.submit({ staffId: detail.id, date })}
                    className="min-h-11 rounded-lg border border-stone-300 px-3"
                  >
                    Remove<span className="sr-only">{` override on ${date}`}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        {clear.affected && (
          <AffectedAppointments
            affected={clear.affected}
            timeZone={detail.timeZone}
            pending={clear.pending}
            onConfirm={clear.confirm}
            onBack={clear.back}
          />
        )}
        <FormAlert message={clear.alert?.message ?? null} tone={clear.alert?.tone} />
      </section>
    </div>
  );
}

type ListProps = { detail: Props["detail"]; pending: boolean; onRemove: (timeOffId: string) => void; alert: string | null };

function TimeOffList({ detail, pending, onRemove, alert }: ListProps) {
  return (
    <section aria-labelledby="time-off-list-heading">
      <h3 id="time-off-list-heading" className="font-medium">
        Upcoming time off
      </h3>
      {detail.timeOff.length === 0 ? (
        <p className="text-sm text-stone-600">None.</p>
      ) : (
        <ul className="mt-2 space-y-2">
          {detail.timeOff.map((t) => (
            <li key={t.id} className="flex flex-wrap items-center gap-2 text-sm">
              <span>
                {`${formatInstant(t.startsAt, detail.timeZone)} – ${formatInstant(t.endsAt, detail.timeZone)}`}
                {t.reason && ` (${t.reason})`}
              </span>
              <button
                type="button"
                disabled={pending}
                onClick={() => onRemove(t.id)}
                className="min-h-11 rounded-lg border border-stone-300 px-3"
              >
                Remove<span className="sr-only"> this time off</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <FormAlert message={alert} />
    </section>
  );
}
