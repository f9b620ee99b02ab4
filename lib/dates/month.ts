import { localDateToUtcMidnight, type LocalDate } from "./local-date";

/** A calendar month `YYYY-MM`, with no zone (the month view, report ranges). */
export type Month = string;
/** One week of the month view, Sunday first, with null for the blanks before and after the month. */
export type MonthWeek = (LocalDate | null)[];

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

function parseMonth(month: Month): { year: number; monthIndex: number } {
  const match = MONTH.exec(month);
  if (!match) throw new RangeError(`Not a month: ${month}`);
  return { year: Number(match[1]), monthIndex: Number(match[2]) - 1 };
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

export function isMonth(value: unknown): value is Month {
  return typeof value === "string" && MONTH.test(value);
}

export function monthOf(date: LocalDate): Month {
  localDateToUtcMidnight(date);
  return date.slice(0, 7);
}

export function shiftMonth(month: Month, by: number): Month {
  const { year, monthIndex } = parseMonth(month);
  const shifted = new Date(Date.UTC(year, monthIndex + by, 1));
  return `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}`;
}

export function daysInMonth(month: Month): number {
  const { year, monthIndex } = parseMonth(month);
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

/** The first and last dates of the month, e.g. for an availability query. */
export function monthRange(month: Month): { from: LocalDate; to: LocalDate } {
  return { from: `${month}-01`, to: `${month}-${pad(daysInMonth(month))}` };
}

/** Weeks (Sunday first, as US calendars read) with null for the blanks before and after the month. */
export function buildMonthWeeks(month: Month): MonthWeek[] {
  const { year, monthIndex } = parseMonth(month);
  const leading = new Date(Date.UTC(year, monthIndex, 1)).getUTCDay();
  const cells: MonthWeek = Array.from({ length: leading }, () => null);
  for (let day = 1; day <= daysInMonth(month); day++) cells.push(`${month}-${pad(day)}`);
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: MonthWeek[] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}
