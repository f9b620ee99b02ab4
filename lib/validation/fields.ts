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

/** A calendar date `YYYY-MM-DD` that exists (2026-02-30 does not). */
export const localDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-12-01.")
  .refine(isLocalDate, "That date does not exist.");

/** An instant with an explicit offset (…Z or …±hh:mm), as every instant travels (STYLE.md). */
export const isoInstant = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/, "Choose a time from the list.")
  .refine((value) => !Number.isNaN(Date.parse(value)), "Choose a time from the list.");

/** A calendar month `YYYY-MM`. */
export const month = z.string().refine(isMonth, "Choose a month.");
