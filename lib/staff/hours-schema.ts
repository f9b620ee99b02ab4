import { z } from "zod";
import { localDate, localDateTime } from "@/lib/validation/fields";

// One set of schemas for the hours forms (zodResolver) and the commands (safeParse). Times are
// wall-clock "HH:MM" in the spa's zone; "24:00" may end a range at midnight.
const TIME = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/;
const staffId = z.uuid("That esthetician was not found.");

export const timeOfDay = z.string().regex(TIME, "Use a time like 09:00.");

/** "HH:MM" → minutes after local midnight. */
export function toMinute(time: string): number {
  const [hours, minutes] = time.split(":").map(Number);
  return hours! * 60 + minutes!;
}

/** Minutes after local midnight → "HH:MM" (1440 → "24:00"), the form's representation. */
export function toTimeOfDay(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
}

const range = z.object({ start: timeOfDay, end: timeOfDay });
type Range = z.infer<typeof range>;

/** End after start, and no two ranges of one day overlapping (touching is fine: no break). */
function checkRanges(ranges: readonly (Range & { weekday?: number })[], context: z.RefinementCtx, path: string) {
  ranges.forEach((r, i) => {
    if (!TIME.test(r.start) || !TIME.test(r.end)) return;
    if (r.start === "24:00")
      context.addIssue({ code: "custom", path: [path, i, "start"], message: "A range cannot start at midnight at the end of the day." });
    else if (toMinute(r.end) <= toMinute(r.start))
      context.addIssue({ code: "custom", path: [path, i, "end"], message: "End after the start time." });
  });
  ranges.forEach((a, i) => {
    const clash = ranges.findIndex((b, j) => j < i && b.weekday === a.weekday && overlaps(a, b));
    if (clash >= 0)
      context.addIssue({ code: "custom", path: [path, i, "start"], message: "This range overlaps another range on the same day." });
  });
}

function overlaps(a: Range, b: Range): boolean {
  if (![a.start, a.end, b.start, b.end].every((t) => TIME.test(t))) return false;
  return toMinute(a.start) < toMinute(b.end) && toMinute(b.start) < toMinute(a.end);
}

/**
 * For each appointment the change would leave outside working time: keep it, cancel it, or move
 * it to a colleague who is free at the same time.
 */
export const resolutionsSchema = z
  .array(
    z.discriminatedUnion("action", [
      z.object({ appointmentId: z.uuid(), action: z.literal("keep") }),
      z.object({ appointmentId: z.uuid(), action: z.literal("cancel") }),
      z.object({ appointmentId: z.uuid(), action: z.literal("move"), staffId: z.uuid("Choose a colleague.") }),
    ]),
  )
  .max(500)
  .default([]);
export type Resolution = z.infer<typeof resolutionsSchema>[number];

export const weeklyHoursSchema = z
  .object({
    staffId,
    ranges: z.array(range.extend({ weekday: z.number().int().min(1, "Choose a day.").max(7, "Choose a day.") })).max(50),
    resolutions: resolutionsSchema,
  })
  .superRefine((value, context) => checkRanges(value.ranges, context, "ranges"));
export type WeeklyHoursInput = z.input<typeof weeklyHoursSchema>;
export type WeeklyHoursData = z.output<typeof weeklyHoursSchema>;

export const timeOffSchema = z
  .object({
    staffId,
    from: localDateTime,
    to: localDateTime,
    reason: z.string().trim().max(200, "Keep the reason under 200 characters.").default(""),
    resolutions: resolutionsSchema,
  })
  .refine((v) => !LOCAL_DATE_TIME.test(v.from) || !LOCAL_DATE_TIME.test(v.to) || v.to > v.from, {
    path: ["to"],
    message: "End after the start.",
  });
export type TimeOffInput = z.input<typeof timeOffSchema>;
export type TimeOffData = z.output<typeof timeOffSchema>;

export const dateOverrideSchema = z
  .object({
    staffId,
    date: localDate,
    dayOff: z.boolean(),
    ranges: z.array(range).max(10).default([]),
    reason: z.string().trim().max(200, "Keep the reason under 200 characters.").default(""),
    resolutions: resolutionsSchema,
  })
  .superRefine((value, context) => {
    if (value.dayOff) return;
    if (value.ranges.length === 0)
      context.addIssue({ code: "custom", path: ["ranges"], message: "Add at least one range, or mark the day off." });
    checkRanges(value.ranges, context, "ranges");
  });
export type DateOverrideInput = z.input<typeof dateOverrideSchema>;
export type DateOverrideData = z.output<typeof dateOverrideSchema>;

export const clearDateOverrideSchema = z.object({ staffId, date: localDate, resolutions: resolutionsSchema });
export type ClearDateOverrideInput = z.input<typeof clearDateOverrideSchema>;
export const removeTimeOffSchema = z.object({ timeOffId: z.uuid("That time off was not found.") });
