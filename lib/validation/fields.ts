import { z } from "zod";
import { isLocalDate } from "@/lib/dates/local-date";
import { isMonth } from "@/lib/dates/month";

/**
 * Field schemas more than one form uses, so a rule (and its wording) is written once. Every one is
 * bounded: bad input is refused cheaply, with a message that names the field.
 */

/** A whole number of minutes from 0 to `max`, e.g. a buffer or a notice period. */
export function wholeMinutes(label: string, max: number) {
  return z
    .number({ error: `Enter ${label} in minutes.` })
    .int(`Enter ${label} in whole minutes.`)
    .min(0, `${label} cannot be negative.`)
    .max(max, `Keep ${label} to ${max} minutes or less.`);
}

/**
 * The years any date or instant we accept may fall in. Nothing in a spa's life is dated outside
 * them, and far years (9999, 0001) break date arithmetic and PostgreSQL ranges downstream.
 */
export const EARLIEST_YEAR = 1900;
export const LATEST_YEAR = 2100;
const YEAR_MESSAGE = `Use a year from ${EARLIEST_YEAR} to ${LATEST_YEAR}.`;

/** Whether a string that starts with a four-digit year (a date, a month, an instant) lies in the years we accept. */
export function withinYearRange(value: string): boolean {
  const year = Number(value.slice(0, 4));
  return year >= EARLIEST_YEAR && year <= LATEST_YEAR;
}

/** A calendar date `YYYY-MM-DD` that exists (2026-02-30 does not), in 1900–2100. */
export const localDate = z
  .string()
  .max(10, "Use a date like 2026-12-01.")
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-12-01.")
  .refine(withinYearRange, YEAR_MESSAGE)
  .refine(isLocalDate, "That date does not exist.");

/** An instant with an explicit offset (…Z or …±hh:mm), as every instant travels (STYLE.md), in 1900–2100. */
export const isoInstant = z
  .string()
  .max(40, "Choose a time from the list.")
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/, "Choose a time from the list.")
  .refine(withinYearRange, YEAR_MESSAGE)
  .refine((value) => !Number.isNaN(Date.parse(value)), "Choose a time from the list.");

/** A calendar month `YYYY-MM`, in 1900–2100. */
export const month = z.string().max(7, "Choose a month.").refine(isMonth, "Choose a month.").refine(withinYearRange, YEAR_MESSAGE);

/** A wall-clock date and time `YYYY-MM-DDTHH:mm` with no zone (time off, in the spa's zone), in 1900–2100. */
export const localDateTime = z
  .string()
  .max(16, "Use a date and time like 2026-12-01T09:00.")
  .regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/, "Use a date and time like 2026-12-01T09:00.")
  .refine(withinYearRange, YEAR_MESSAGE)
  .refine((value) => isLocalDate(value.slice(0, 10)), "That date does not exist.");
