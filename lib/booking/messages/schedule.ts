import type { IntakeState } from "@/lib/intake/status";
import type { DueDecision } from "@/lib/notify/due-messages";

/** Pure rules for when optional messages go out. `now` is a parameter; no I/O. */

export const REMINDER_LEAD_MS = 24 * 60 * 60 * 1000;

/**
 * When the 24-hour reminder for a visit at `startsAt` is due, or null when there is no point
 * (booked less than a day ahead: the confirmation just went out, a reminder would repeat it).
 */
export function reminderSendAfter(startsAt: Date, now: Date): Date | null {
  const due = new Date(startsAt.getTime() - REMINDER_LEAD_MS);
  return due.getTime() > now.getTime() ? due : null;
}

export type ReminderCheck = {
  appointment: { status: string; startsAt: Date; needsReview?: boolean } | null;
  /** The start the reminder was written for. */
  expectedStartsAt: Date | null;
  remindersEnabled: boolean;
  now: Date;
};

/** Re-checked when the reminder fires: the visit may have been cancelled, moved or deleted since. */
export function decideReminder(check: ReminderCheck): DueDecision {
  const { appointment, expectedStartsAt } = check;
  if (!appointment) return { send: false, reason: "Not sent: the appointment no longer exists." };
  if (appointment.status !== "BOOKED") return { send: false, reason: `Not sent: the appointment is ${appointment.status.toLowerCase()}.` };
  if (!expectedStartsAt || appointment.startsAt.getTime() !== expectedStartsAt.getTime()) {
    return { send: false, reason: "Not sent: the appointment was moved (a new reminder replaces this one)." };
  }
  if (appointment.startsAt.getTime() <= check.now.getTime())
    return { send: false, reason: "Not sent: the appointment has already started." };
  // "Please arrive a few minutes early" would contradict "we need to check this treatment with you".
  if (appointment.needsReview) return { send: false, reason: "Not sent: the appointment needs review." };
  if (!check.remindersEnabled) return { send: false, reason: "Not sent: the client turned reminders off." };
  return { send: true };
}

/** The intake reminder goes two days ahead, so there is time to fill the form before the visit. */
export const INTAKE_REMINDER_LEAD_MS = 48 * 60 * 60 * 1000;

/**
 * When the 48-hour intake reminder is due, or null when that moment has passed (booked less than
 * two days ahead: the intake request at booking just asked, a reminder would repeat it).
 */
export function intakeReminderSendAfter(startsAt: Date, now: Date, leadMs = INTAKE_REMINDER_LEAD_MS): Date | null {
  const due = new Date(startsAt.getTime() - leadMs);
  return due.getTime() > now.getTime() ? due : null;
}

/**
 * The intake reminders of a cadence (hours before the visit, the intake policy's), earliest first,
 * leaving out those whose moment has passed and repeats.
 */
export function intakeReminderTimes(startsAt: Date, now: Date, leadHours: readonly number[]): Date[] {
  const times = [...new Set(leadHours)].flatMap((hours) => intakeReminderSendAfter(startsAt, now, hours * 3_600_000) ?? []);
  return times.sort((a, b) => a.getTime() - b.getTime());
}

/**
 * Re-checked when the intake reminder fires: the visit checks of the 24-hour reminder first, then
 * whether the intake is still needed, then the client's opt-out (it is a reminder, not part of
 * the booking).
 */
export function decideIntakeReminder(check: ReminderCheck & { intake: IntakeState | null }): DueDecision {
  const visit = decideReminder({ ...check, remindersEnabled: true });
  if (!visit.send) return visit;
  if (check.intake === "current") return { send: false, reason: "Not sent: the client submitted a current intake meanwhile." };
  if (check.intake !== "missing" && check.intake !== "expired") {
    return { send: false, reason: "Not sent: the treatment no longer requires an intake." };
  }
  if (!check.remindersEnabled) return { send: false, reason: "Not sent: the client turned reminders off." };
  return { send: true };
}
