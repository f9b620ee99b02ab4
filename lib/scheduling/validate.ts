import { MINUTES_PER_DAY, toEpochMs } from "./instant";
import { localDateToUtcMidnight } from "@/lib/dates/local-date";
import { offsetMsAt } from "./local-day";
import type { ListSlotsOptions, StaffSchedule, WallRange } from "./types";

/**
 * Rejects inputs the engine cannot answer correctly. These are programming or data errors
 * (user input is validated by the zod schemas before it gets here), so they throw RangeError.
 */
export function assertValidOptions(options: ListSlotsOptions): void {
  const { policy, service, range } = options;
  offsetMsAt(options.timeZone, 0);
  // An invalid Date would turn every notice comparison false and offer the past.
  if (!Number.isFinite(toEpochMs(options.now))) throw new RangeError("now is not a valid instant");
  requireInteger("slotIntervalMinutes", policy.slotIntervalMinutes, 1, MINUTES_PER_DAY);
  requireInteger("minNoticeMinutes", policy.minNoticeMinutes, 0);
  requireInteger("maxAdvanceDays", policy.maxAdvanceDays, 0);
  requireInteger("durationMinutes", service.durationMinutes, 1);
  requireInteger("bufferBeforeMinutes", service.bufferBeforeMinutes, 0);
  requireInteger("bufferAfterMinutes", service.bufferAfterMinutes, 0);
  for (const need of service.resources) requireInteger(`quantity of ${need.kind}`, need.quantity, 0);
  if (localDateToUtcMidnight(range.from) > localDateToUtcMidnight(range.to)) {
    throw new RangeError(`range.from ${range.from} is after range.to ${range.to}`);
  }
  for (const member of options.staff) assertValidHours(member);
}

function assertValidHours(member: StaffSchedule): void {
  const days = [...Object.values(member.weeklyHours), ...Object.values(member.dateOverrides ?? {})];
  for (const ranges of days) for (const range of ranges ?? []) assertValidRange(member.id, range);
  for (const date of Object.keys(member.dateOverrides ?? {})) localDateToUtcMidnight(date);
}

function assertValidRange(staffId: string, { startMinute, endMinute }: WallRange): void {
  // Hours across midnight would belong to two local days; model them as two ranges.
  if (!(startMinute >= 0 && startMinute < endMinute && endMinute <= MINUTES_PER_DAY)) {
    throw new RangeError(`Staff ${staffId}: invalid wall range [${startMinute}, ${endMinute})`);
  }
}

function requireInteger(name: string, value: number, min: number, max = Number.MAX_SAFE_INTEGER): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${name} must be an integer in [${min}, ${max}], got ${value}`);
  }
}
