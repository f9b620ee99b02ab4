import { TZDate } from "@date-fns/tz";
import { addDays, type IsoWeekday } from "@/lib/dates/local-date";
import type { Interval, ListSlotsOptions, ResourceSchedule, StaffSchedule, WallRange, WeeklyHours } from "@/lib/scheduling";
import { createRandom } from "./stats";

const TIME_ZONE = "America/New_York";
// 30 days that include the fall-back change (2025-11-02), so the DST path is part of the figure.
const FIRST_DAY = "2025-10-20";
const DAYS = 30;
const STAFF = 10;
const ROOMS = 4;
const APPOINTMENTS = 2_000;
const DURATIONS = [30, 45, 60, 75, 90];
const BUFFER_MINUTES = 15;

/** Ten estheticians with a lunch break and a weekly day off, four rooms, 2,000 appointments. */
export function buildSyntheticSpa(seed: number): ListSlotsOptions {
  const random = createRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const staff: Array<StaffSchedule & { blocked: Interval[] }> = Array.from({ length: STAFF }, (_, i) => ({
    id: `esthetician-${String(i + 1).padStart(2, "0")}`,
    weeklyHours: weeklyHours(i),
    blocked: [],
  }));
  const rooms: Array<ResourceSchedule & { blocked: Interval[] }> = Array.from({ length: ROOMS }, (_, i) => ({
    id: `room-${i + 1}`,
    kind: "room",
    blocked: [],
  }));

  for (let n = 0; n < APPOINTMENTS; n++) {
    const member = pick(staff);
    let date: string;
    let ranges: readonly WallRange[] | undefined;
    do {
      date = addDays(FIRST_DAY, Math.floor(random() * DAYS));
      ranges = member.weeklyHours[(new Date(`${date}T00:00:00Z`).getUTCDay() || 7) as IsoWeekday];
    } while (!ranges);
    const range = pick(ranges);
    const duration = pick(DURATIONS);
    const slots = Math.max(1, (range.endMinute - range.startMinute - duration) / 15);
    const startMinute = range.startMinute + Math.floor(random() * slots) * 15;
    const start = wallClockToInstant(date, startMinute);
    // Blocked intervals include the buffers; random placement may overlap, which the engine must merge.
    const blocked = { start: start - BUFFER_MINUTES * 60_000, end: start + (duration + BUFFER_MINUTES) * 60_000 };
    member.blocked.push(blocked);
    if (random() < 0.6) pick(rooms).blocked.push(blocked);
  }

  return {
    timeZone: TIME_ZONE,
    policy: { slotIntervalMinutes: 15, minNoticeMinutes: 120, maxAdvanceDays: 60 },
    now: wallClockToInstant(addDays(FIRST_DAY, -1), 12 * 60),
    range: { from: FIRST_DAY, to: addDays(FIRST_DAY, DAYS - 1) },
    service: {
      durationMinutes: 60,
      bufferBeforeMinutes: BUFFER_MINUTES,
      bufferAfterMinutes: BUFFER_MINUTES,
      resources: [{ kind: "room", quantity: 1 }],
    },
    staff,
    resources: rooms,
  };
}

function weeklyHours(index: number): WeeklyHours {
  const opens = index % 2 === 0 ? 9 * 60 : 10 * 60;
  const day = [
    { startMinute: opens, endMinute: 13 * 60 },
    { startMinute: 14 * 60, endMinute: opens + 9 * 60 },
  ];
  const dayOff = (index % 7) + 1;
  const hours: WeeklyHours = {};
  for (let weekday = 1; weekday <= 7; weekday++) if (weekday !== dayOff) hours[weekday as IsoWeekday] = day;
  return hours;
}

function wallClockToInstant(date: string, minute: number): number {
  const [year, month, day] = date.split("-").map(Number);
  return new TZDate(year!, month! - 1, day!, Math.floor(minute / 60), minute % 60, TIME_ZONE).getTime();
}
