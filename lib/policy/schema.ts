import { z } from "zod";
import { wholeMinutes } from "@/lib/validation/fields";

// The spa's own settings: its zone and its booking and intake policy (one form, one command).

/** True when the runtime's tz database knows the zone (IANA names such as Europe/Paris). */
export function isIanaTimeZone(zone: string): boolean {
  if (!/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const INTAKE_REQUIREMENTS = ["BEFORE_VISIT", "AT_BOOKING"] as const;

export const INTAKE_REQUIREMENT_LABELS: Record<(typeof INTAKE_REQUIREMENTS)[number], string> = {
  BEFORE_VISIT: "Before the visit: clients book first, then fill it in (reminders follow)",
  AT_BOOKING: "At booking: clients fill it in before they choose a time",
};

const HOURS_MESSAGE = "Enter whole hours before the visit, separated by commas (for example 72, 24).";

/** "72, 24" (the form) or [72, 24] (stored): at most four reminders, each 1–336 hours ahead, latest first. */
const reminderHours = z
  .union([z.string(), z.array(z.number())])
  .transform((value, ctx) => {
    if (Array.isArray(value)) return value;
    const parts = value.split(/[\s,;]+/).filter(Boolean);
    if (parts.some((part) => !/^\d+$/.test(part))) ctx.addIssue({ code: "custom", message: HOURS_MESSAGE });
    return parts.map(Number);
  })
  .pipe(
    z
      .array(z.number().int(HOURS_MESSAGE).min(1, "A reminder goes at least 1 hour ahead.").max(336, "Use at most 336 hours (two weeks)."))
      .max(4, "Use at most 4 reminders.")
      .transform((hours) => [...new Set(hours)].sort((a, b) => b - a)),
  );

export const bookingPolicySchema = z.object({
  slotIntervalMinutes: z
    .number({ error: "Enter the slot interval in minutes." })
    .int()
    .min(5, "Use at least 5 minutes.")
    .max(120, "Use at most 120 minutes.")
    .refine((v) => 1440 % v === 0, "Use an interval that divides the day evenly (5, 10, 15, 20, 30, 60…)."),
  minNoticeMinutes: wholeMinutes("the minimum notice", 14 * 24 * 60),
  maxAdvanceDays: z
    .number({ error: "Enter a number of days." })
    .int()
    .min(1, "Allow booking at least 1 day ahead.")
    .max(730, "Use at most 730 days."),
  cancellationWindowHours: z
    .number({ error: "Enter a number of hours." })
    .int()
    .min(0, "Cannot be negative.")
    .max(336, "Use at most 336 hours (two weeks)."),
  // How long a submitted intake stays current; clients re-confirm or update it after that.
  intakeValidMonths: z
    .number({ error: "Enter a number of months." })
    .int()
    .min(1, "Use at least 1 month.")
    .max(24, "Use at most 24 months."),
  // The shape only: the command accepts just the zones the form lists (lib/dates/time-zones.ts),
  // checked on the server against the server's list (a browser's tz database may differ).
  timeZone: z.string().trim().max(64).refine(isIanaTimeZone, "Choose a time zone from the list."),
  // "Before the visit" (default): clients book, then fill the intake in. "At booking": a current
  // intake is needed to book online; /book asks for it before the time step.
  intakeRequiredAt: z.enum(INTAKE_REQUIREMENTS).default("BEFORE_VISIT"),
  intakeReminderHours: reminderHours.default([48]),
});
export type BookingPolicyData = z.output<typeof bookingPolicySchema>;
export type BookingPolicyFields = z.input<typeof bookingPolicySchema>;
