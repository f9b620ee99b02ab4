import { z } from "zod";
import { localDate } from "@/lib/validation/fields";

/** A year is enough for any report the spa reads, and bounds the per-day working-time loop. */
export const MAX_REPORT_DAYS = 366;

/** A report period: local dates in the spa's zone, both inclusive. Shared by the page form and the CSV route. */
export const reportPeriodSchema = z
  .object({ from: localDate, to: localDate })
  .refine((p) => p.from <= p.to, { path: ["to"], message: "The end date must be on or after the start date." })
  .refine((p) => countDays(p.from, p.to) <= MAX_REPORT_DAYS, {
    path: ["to"],
    message: `Choose a period of at most ${MAX_REPORT_DAYS} days.`,
  });
export type ReportPeriod = z.infer<typeof reportPeriodSchema>;

/** Days in [from, to], both inclusive. */
export function countDays(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/** The four weeks ending `today` (a local date), shown when no period is asked for. */
export function defaultPeriod(today: string): ReportPeriod {
  const to = Date.parse(`${today}T00:00:00Z`);
  return { from: new Date(to - 27 * 86_400_000).toISOString().slice(0, 10), to: today };
}

/** The asked-for period, or the default with the reason when the query string is not a valid one. */
export function resolvePeriod(raw: { from?: unknown; to?: unknown }, today: string): { period: ReportPeriod; error?: string } {
  if (raw.from === undefined && raw.to === undefined) return { period: defaultPeriod(today) };
  const parsed = reportPeriodSchema.safeParse(raw);
  if (parsed.success) return { period: parsed.data };
  return { period: defaultPeriod(today), error: parsed.error.issues[0]?.message ?? "Choose a valid period." };
}
