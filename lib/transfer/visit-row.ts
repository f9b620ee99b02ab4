import { wallMinuteToInstant } from "@/lib/scheduling/wall-time";
import { parseImportedDate, type DateOrder } from "./client-row";
import type { ColumnMapping } from "./fields";

export const VISIT_REJECT_REASONS = {
  noStart: "No date and start time: map the date and start time columns (or one column with both).",
  badDate: "The date is not a date.",
  badTime: "The start time is not a time of day.",
  noService: "No service named in the row.",
  noStaff: "No esthetician named in the row.",
  past: "In the past: only upcoming visits are imported.",
  notBooked: "Not an upcoming booking (cancelled, no-show or done): only booked visits are imported.",
  noClient: "No client with this email or phone: import the clients first.",
  notFree: "Not free: the esthetician or a room is already booked then, or it is outside their hours. Nothing was forced.",
} as const;

export type VisitReading = {
  startsAt: Date;
  serviceName: string;
  staffName: string;
  email: string | null;
  phoneRaw: string;
  clientName: string;
};

function cell(values: readonly string[], column: number | undefined): string {
  return column === undefined ? "" : (values[column] ?? "").trim();
}

/** "14:30", "2:30 PM", "2.30pm", "14:30:00", "9am" → minutes after midnight, or null. */
export function parseTimeOfDay(raw: string): number | null {
  const match = /^(\d{1,2})(?:[:.](\d{2}))?(?::\d{2})?\s*([ap])?\.?\s*m?\.?$/i.exec(raw.trim());
  if (!match) return null;
  let hours = Number(match[1]);
  const minutes = Number(match[2] ?? "0");
  const meridiem = match[3]?.toLowerCase();
  if (minutes > 59) return null;
  if (meridiem) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (meridiem === "p" ? 12 : 0);
  } else if (hours > 23 || match[2] === undefined) return null;
  return hours * 60 + minutes;
}

/**
 * When the visit starts: an instant with an offset or Z is taken as it is; otherwise the date and
 * time are wall-clock in the spa's zone (from one combined column, or a date and a time column).
 */
export function readVisitStart(values: readonly string[], mapping: ColumnMapping, order: DateOrder, timeZone: string): Date | string {
  const combined = cell(values, mapping.startsAt);
  if (combined) {
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(combined)) {
      const instant = new Date(combined);
      return Number.isNaN(instant.getTime()) ? VISIT_REJECT_REASONS.badDate : instant;
    }
    const split = /^(.+?)[T\s,]+(\d{1,2}(?:[:.]\d{2})?(?::\d{2})?\s*(?:[ap]\.?m?\.?)?)$/i.exec(combined);
    if (!split) return VISIT_REJECT_REASONS.badDate;
    const date = parseImportedDate(split[1] ?? "", order);
    const minute = parseTimeOfDay(split[2] ?? "");
    if (!date) return VISIT_REJECT_REASONS.badDate;
    if (minute === null) return VISIT_REJECT_REASONS.badTime;
    return wallMinuteToInstant(date, minute, timeZone) ?? VISIT_REJECT_REASONS.badTime;
  }
  const rawDate = cell(values, mapping.date);
  const rawTime = cell(values, mapping.time);
  if (!rawDate || !rawTime) return VISIT_REJECT_REASONS.noStart;
  const date = parseImportedDate(rawDate, order);
  if (!date) return VISIT_REJECT_REASONS.badDate;
  const minute = parseTimeOfDay(rawTime);
  if (minute === null) return VISIT_REJECT_REASONS.badTime;
  return wallMinuteToInstant(date, minute, timeZone) ?? VISIT_REJECT_REASONS.badTime;
}

/** The row's start, service, esthetician and client details, or why it cannot be read. */
export function readVisitRow(
  values: readonly string[],
  mapping: ColumnMapping,
  options: { order: DateOrder; timeZone: string; now: Date },
): { ok: true; value: VisitReading } | { ok: false; reason: string } {
  if (/cancel|no.?show|complete|checked.?out|declin|delet|denied|missed/i.test(cell(values, mapping.status))) {
    return { ok: false, reason: VISIT_REJECT_REASONS.notBooked };
  }
  const startsAt = readVisitStart(values, mapping, options.order, options.timeZone);
  if (typeof startsAt === "string") return { ok: false, reason: startsAt };
  if (startsAt.getTime() <= options.now.getTime()) return { ok: false, reason: VISIT_REJECT_REASONS.past };
  const serviceName = cell(values, mapping.service);
  if (!serviceName) return { ok: false, reason: VISIT_REJECT_REASONS.noService };
  const staffName = cell(values, mapping.staff);
  if (!staffName) return { ok: false, reason: VISIT_REJECT_REASONS.noStaff };
  const clientName =
    cell(values, mapping.fullName) || [cell(values, mapping.firstName), cell(values, mapping.lastName)].filter(Boolean).join(" ");
  return {
    ok: true,
    value: {
      startsAt,
      serviceName,
      staffName,
      email: cell(values, mapping.email).toLowerCase() || null,
      phoneRaw: cell(values, mapping.phone),
      clientName,
    },
  };
}

/** How names are compared between systems: case, accents, spacing and punctuation ignored. */
export function nameKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}
