import type { Severity } from "@/lib/contraindications";
import type { IntakeState } from "@/lib/intake/status";
import type { LocalDate } from "@/lib/dates/local-date";

/**
 * The time-grid calendar's data, shared by the spa's calendar (by esthetician, by room, a week of
 * one esthetician) and an esthetician's own schedule. Plain values: it is passed to the grid, a
 * client component. Minutes are wall-clock minutes of the column's date in the spa's zone.
 */
export type CalendarView = "staff" | "rooms" | "week";

export type GridBlock = {
  id: string;
  clientId: string;
  clientName: string;
  clientPhone: string | null;
  serviceName: string;
  staffId: string;
  staffName: string;
  status: "BOOKED" | "CHECKED_IN" | "COMPLETED" | "NO_SHOW" | "HELD";
  startsAt: string;
  endsAt: string;
  /** The service itself, and the blocked range with its buffers, clipped to the column's day. */
  startMinute: number;
  endMinute: number;
  blockedStartMinute: number;
  blockedEndMinute: number;
  intake: IntakeState;
  flag: Severity | null;
  /** A newer intake or a move ruled the booked treatment out on its date (lib/booking/review): a clinician decides. */
  needsReview: boolean;
};

export type GridColumn = {
  /** Unique within the grid: an esthetician's id, a room's id, or a date (week view). */
  key: string;
  label: string;
  date: LocalDate;
  /** Whose column it is (bookings and moves land on this esthetician); null for a room. */
  staffId: string | null;
  /** Open ranges (working hours; for a room, any esthetician's); the gaps are breaks or closed. */
  working: { startMinute: number; endMinute: number }[];
  timeOff: { startMinute: number; endMinute: number; reason: string }[];
  /** The date override in force that day, if any (its hours are already in `working`). */
  override: { reason: string; dayOff: boolean } | null;
  blocks: GridBlock[];
};

export type CalendarGrid = {
  view: CalendarView;
  /** The date asked for, and every date shown (one, or a Monday-to-Sunday week). */
  date: LocalDate;
  dates: LocalDate[];
  timeZone: string;
  slotMinutes: number;
  /** The rows shown: whole hours around every open range and visit (at least 8:00–19:00). */
  startMinute: number;
  endMinute: number;
  columns: GridColumn[];
  /** The estheticians the day has (for moving a visit to a colleague); the week view's choice. */
  staff: { id: string; name: string }[];
  /** The schedule version read with the data; live updates carry later ones. */
  version: number;
};

/** Rows from the earliest to the latest minute anything happens, in whole hours, at least 8–19. */
export function visibleMinutes(columns: readonly Pick<GridColumn, "working" | "blocks">[]): { startMinute: number; endMinute: number } {
  const minutes = columns.flatMap((column) => [
    ...column.working.flatMap((range) => [range.startMinute, range.endMinute]),
    ...column.blocks.flatMap((block) => [block.blockedStartMinute, block.blockedEndMinute]),
  ]);
  const startMinute = Math.floor(Math.min(8 * 60, ...minutes) / 60) * 60;
  const endMinute = Math.min(1440, Math.ceil(Math.max(19 * 60, ...minutes) / 60) * 60);
  return { startMinute, endMinute };
}

/** Sorted, merged union of wall ranges (a room is open while any esthetician works). */
export function unionOfRanges(ranges: readonly { startMinute: number; endMinute: number }[]) {
  const sorted = [...ranges].sort((a, b) => a.startMinute - b.startMinute);
  const merged: { startMinute: number; endMinute: number }[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.startMinute <= last.endMinute) last.endMinute = Math.max(last.endMinute, range.endMinute);
    else merged.push({ ...range });
  }
  return merged;
}
