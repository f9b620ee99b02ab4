import { z } from "zod";

/**
 * The schedule change feed's vocabulary (docs/decisions/0013). Every write that changes a
 * schedule records one change (./record.ts); a deferred trigger numbers it with the location's
 * next schedule version at commit and announces it with pg_notify; each app instance hears it on
 * one connection (./listener.ts) and passes it to its open calendars (./stream.ts). A change
 * carries ids, what happened and the local dates it touches: never a name or anything from a chart.
 */

/** PostgreSQL channel every instance LISTENs on. */
export const SCHEDULE_CHANNEL = "glowbook_schedule";

export const SCHEDULE_CHANGE_KINDS = [
  "appointment.booked",
  "appointment.moved",
  "appointment.cancelled",
  "appointment.status",
  // The visit's client changed (a duplicate merged into another client).
  "appointment.client",
  // A waitlist hold was placed (HELD, occupying its time) or released unclaimed (lib/waitlist).
  "appointment.held",
  "appointment.hold-released",
  "staff.hours",
  "staff.time-off",
  "staff.date-override",
  "staff.services",
  "staff.active",
  "resource.changed",
  "location.policy",
] as const;
export type ScheduleChangeKind = (typeof SCHEDULE_CHANGE_KINDS)[number];

/** At most this many dates are named; a change touching more names none (= "any date"). */
export const MAX_NAMED_DATES = 62;

const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** What pg_notify carries and what the event stream sends (as `data`), with `version` as its id. */
export const scheduleChangeEventSchema = z.object({
  locationId: z.uuid(),
  version: z.coerce.number().int().positive(),
  kind: z.enum(SCHEDULE_CHANGE_KINDS),
  appointmentId: z.uuid().nullable(),
  /** Whose columns changed: both sides of a move; empty = location-wide (rooms, policy). */
  staffIds: z.array(z.uuid()),
  /** The local dates touched: both sides of a move; empty = any date may have changed. */
  dates: z.array(localDate),
});
export type ScheduleChangeEvent = z.output<typeof scheduleChangeEventSchema>;

/** A notification's payload as an event, or null for anything malformed (never trusted blindly). */
export function parseScheduleNotification(payload: string | undefined): ScheduleChangeEvent | null {
  if (!payload) return null;
  try {
    const parsed = scheduleChangeEventSchema.safeParse(JSON.parse(payload));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Who a stream is for: one location, and optionally only the columns of one esthetician. */
export type FeedAudience = { locationId: string; staffId?: string };

/** Whether a change concerns this audience: its location, and (for an esthetician) their column. */
export function concerns(audience: FeedAudience, event: ScheduleChangeEvent): boolean {
  if (event.locationId !== audience.locationId) return false;
  if (!audience.staffId || event.staffIds.length === 0) return true;
  return event.staffIds.includes(audience.staffId);
}

/** Whether a calendar showing `visibleDates` must refresh for this change. */
export function touchesDates(event: Pick<ScheduleChangeEvent, "dates">, visibleDates: readonly string[]): boolean {
  return event.dates.length === 0 || event.dates.some((date) => visibleDates.includes(date));
}

/** The dates a change names: unique, sorted, and none at all when there are too many to list. */
export function namedDates(dates: readonly string[]): string[] {
  const unique = [...new Set(dates)].sort();
  return unique.length > MAX_NAMED_DATES ? [] : unique;
}

/** One Server-Sent Events message (https://html.spec.whatwg.org/multipage/server-sent-events.html). */
export function formatSseEvent(event: { id?: string | number; event?: string; data: unknown }): string {
  const lines: string[] = [];
  if (event.id !== undefined) lines.push(`id: ${event.id}`);
  if (event.event) lines.push(`event: ${event.event}`);
  for (const line of JSON.stringify(event.data).split("\n")) lines.push(`data: ${line}`);
  return `${lines.join("\n")}\n\n`;
}

/** A comment line: keeps proxies and the browser from timing the connection out. */
export function formatSseComment(text: string): string {
  return `: ${text.replace(/[\r\n]+/g, " ")}\n\n`;
}
