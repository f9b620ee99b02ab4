import { TZDate } from "@date-fns/tz";
import { addDays, type LocalDate } from "@/lib/dates/local-date";
import type { DueDecision } from "@/lib/notify/due-messages";

/** Pure rules for the rebooking nudge. `now` is a parameter; no I/O. */

/** The nudge goes at 10:00 in the spa's zone on the day the suggested window opens. */
export const NUDGE_LOCAL_HOUR = 10;

/** The instant `date` at `hour`:00 on the wall clock of `timeZone` (DST aware). */
export function localDateAt(date: LocalDate, hour: number, timeZone: string): Date {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return new Date(new TZDate(year, month - 1, day, hour, 0, timeZone).getTime());
}

/**
 * When the nudge for a plan is due, or null when that moment has already passed at publish
 * (a window already open: the "plan published" message and the plan page carry the booking link).
 */
export function nudgeSendAfter(nextVisit: { from: LocalDate }, timeZone: string, now: Date): Date | null {
  const due = localDateAt(nextVisit.from, NUDGE_LOCAL_HOUR, timeZone);
  return due.getTime() > now.getTime() ? due : null;
}

export type NudgeCheck = {
  /** The plan now; null when it no longer exists. */
  plan: { state: string; nextVisit: { from: LocalDate; to: LocalDate } | null; timeZone: string } | null;
  /** The client has a booked, checked-in or completed visit starting at or after the plan's visit. */
  rebooked: boolean;
  nudgesEnabled: boolean;
  /** The client could book the treatment online now (their latest intake does not rule it out). */
  bookableOnline?: boolean;
  now: Date;
};

/** Re-checked when the nudge fires: the plan may be gone, the client may have booked or opted out. */
export function decideNudge(check: NudgeCheck): DueDecision {
  const { plan } = check;
  if (!plan) return { send: false, reason: "Not sent: the homecare plan no longer exists." };
  if (plan.state !== "PUBLISHED") return { send: false, reason: "Not sent: the homecare plan was withdrawn." };
  if (!plan.nextVisit) return { send: false, reason: "Not sent: the homecare plan has no suggested next visit." };
  if (check.rebooked) return { send: false, reason: "Not sent: the client has already booked their next visit." };
  if (check.bookableOnline === false) {
    return { send: false, reason: "Not sent: the client's intake rules the treatment out for now, so it cannot be booked online." };
  }
  const closes = localDateAt(addDays(plan.nextVisit.to, 1), 0, plan.timeZone);
  if (closes.getTime() <= check.now.getTime()) return { send: false, reason: "Not sent: the suggested window has closed." };
  if (!check.nudgesEnabled) return { send: false, reason: "Not sent: the client turned nudges off." };
  return { send: true };
}
