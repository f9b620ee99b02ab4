import type { LocalDate } from "@/lib/dates/local-date";
import { formatLocalDate } from "@/lib/format/calendar";

/** What a day button shows, in the strip and in the month view alike. */
export type DayMarks = {
  /** Free times per local date; a day missing here has none. */
  counts: ReadonlyMap<string, number>;
  selectedDate: string | null;
  loading: boolean;
  /** Days in the window the esthetician recommended for the next visit (from the homecare plan). */
  recommended?: ReadonlySet<string>;
};

/** The month view's day names: "Tuesday, December 8: 5 times available, recommended for your next visit". */
export function dayLabel(date: LocalDate, count: number | undefined, recommended = false): string {
  const times = count ? `${count} ${count === 1 ? "time" : "times"} available` : "no times available";
  return `${formatLocalDate(date)}: ${times}${recommended ? ", recommended for your next visit" : ""}`;
}
