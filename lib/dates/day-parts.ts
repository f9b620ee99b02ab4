/**
 * Parts of the day, by local start time: how clients think about when they can come. One
 * definition for the waitlist's preferences and the booking picker's grouped times.
 */
export const DAY_PARTS = ["MORNING", "AFTERNOON", "EVENING"] as const;
export type DayPart = (typeof DAY_PARTS)[number];

/** Short names, as headings over a day's times. */
export const DAY_PART_NAMES: Record<DayPart, string> = { MORNING: "Morning", AFTERNOON: "Afternoon", EVENING: "Evening" };

/** With their bounds, where a client states a preference. */
export const DAY_PART_LABELS: Record<DayPart, string> = {
  MORNING: "Morning (before noon)",
  AFTERNOON: "Afternoon (noon to 5 pm)",
  EVENING: "Evening (from 5 pm)",
};

/** Which part of the day a local start time falls in (minutes from local midnight). */
export function dayPartOf(minuteOfDay: number): DayPart {
  if (minuteOfDay < 12 * 60) return "MORNING";
  if (minuteOfDay < 17 * 60) return "AFTERNOON";
  return "EVENING";
}

/** Items grouped by part of the day, in day order, leaving out parts with none. */
export function groupByDayPart<T>(items: readonly T[], minuteOf: (item: T) => number): { part: DayPart; items: T[] }[] {
  const groups = new Map<DayPart, T[]>(DAY_PARTS.map((part) => [part, []]));
  for (const item of items) groups.get(dayPartOf(minuteOf(item)))!.push(item);
  return DAY_PARTS.filter((part) => groups.get(part)!.length > 0).map((part) => ({ part, items: groups.get(part)! }));
}
