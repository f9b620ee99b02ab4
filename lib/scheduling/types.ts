import type { EpochMs, IsoWeekday, LocalDate } from "@/lib/dates/local-date";

// Every instant inside the engine is an EpochMs; dates are the location's calendar dates.
export type { EpochMs, IsoWeekday, LocalDate };

/** Half-open instant range `[start, end)`; touching intervals do not overlap. */
export interface Interval {
  start: EpochMs;
  end: EpochMs;
}

/** Half-open wall-clock range in minutes from local midnight, `0 ≤ startMinute < endMinute ≤ 1440`. */
export interface WallRange {
  startMinute: number;
  endMinute: number;
}

/** Working hours per ISO weekday; several ranges per day, a break is the gap between them. */
export type WeeklyHours = Partial<Record<IsoWeekday, readonly WallRange[]>>;

export interface BookingPolicy {
  slotIntervalMinutes: number;
  minNoticeMinutes: number;
  /** The last bookable local date is today (in the location's zone) plus this many days. */
  maxAdvanceDays: number;
}

export interface ResourceRequirement {
  kind: string;
  quantity: number;
}

export interface ServiceSpec {
  durationMinutes: number;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  resources: readonly ResourceRequirement[];
}

export interface StaffSchedule {
  id: string;
  weeklyHours: WeeklyHours;
  /** Replaces that local date's weekly hours; an empty list is a day off. */
  dateOverrides?: Readonly<Record<LocalDate, readonly WallRange[]>>;
  /** Instant ranges, may cross midnight. */
  timeOff?: readonly Interval[];
  /** Blocked intervals of active appointments, buffers included; any order, may overlap. */
  blocked?: readonly Interval[];
}

export interface ResourceSchedule {
  id: string;
  kind: string;
  /** Blocked intervals of the active appointments holding this unit; any order, may overlap. */
  blocked?: readonly Interval[];
}

export interface ListSlotsOptions {
  /** IANA zone of the location; hours, overrides and the slot grid are wall-clock in it. */
  timeZone: string;
  policy: BookingPolicy;
  now: EpochMs | Date;
  /** Local calendar dates, both inclusive. */
  range: { from: LocalDate; to: LocalDate };
  service: ServiceSpec;
  /** Staff qualified for the service; one entry for a chosen esthetician, all of them for "any". */
  staff: readonly StaffSchedule[];
  resources?: readonly ResourceSchedule[];
}

export interface Slot {
  /** The service's own start and end, buffers excluded. */
  start: EpochMs;
  end: EpochMs;
  /** Local date of `start` in the location's zone (lets a month view group without converting). */
  date: LocalDate;
  /** Staff free for the whole blocked interval, sorted by id. */
  staffIds: string[];
}
