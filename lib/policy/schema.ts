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
  timeZone: z.string().trim().refine(isIanaTimeZone, "Enter an IANA time zone such as America/New_York or Europe/London."),
});
export type BookingPolicyData = z.infer<typeof bookingPolicySchema>;
