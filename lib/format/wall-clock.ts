const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;

/** ISO weekday (1 = Monday … 7 = Sunday) → its English name. */
export function weekdayName(isoWeekday: number): string {
  const name = WEEKDAYS[isoWeekday - 1];
  if (!name) throw new RangeError(`Not an ISO weekday: ${isoWeekday}`);
  return name;
}

/**
 * Minutes after local midnight → "9:00 AM". Working hours are wall-clock times, so no zone is
 * involved; 1440 (end of day) reads as "midnight".
 */
export function formatMinuteOfDay(minute: number): string {
  if (minute === 1440 || minute === 0) return minute === 0 ? "12:00 AM" : "midnight";
  const hours24 = Math.floor(minute / 60);
  const minutes = minute % 60;
  const suffix = hours24 < 12 ? "AM" : "PM";
  const hours12 = hours24 % 12 === 0 ? 12 : hours24 % 12;
  return `${hours12}:${String(minutes).padStart(2, "0")} ${suffix}`;
}
