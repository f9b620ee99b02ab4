/**
 * Instants for people, always in an explicit zone: the spa's (the service is in person), never the
 * machine's or the browser's. Newer ICU data puts a narrow no-break space before AM/PM; it is
 * normalised to a plain space so the server's, the browser's and an email's text agree.
 */

const LOCALE = "en-US";

type Instant = string | Date;

function normaliseSpaces(text: string): string {
  return text.replace(/[\u202f\u00a0]/g, " ");
}

function toDate(instant: Instant): Date {
  const date = typeof instant === "string" ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not an instant: ${String(instant)}`);
  return date;
}

// Building a DateTimeFormat costs far more than formatting with one (it resolves the locale and
// the zone's rules); a page of visits or a booking's messages format dozens of times in few zones.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${timeZone}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(LOCALE, { timeZone, ...options });
    formatters.set(key, formatter);
  }
  return formatter;
}

function format(instant: Instant, timeZone: string, options: Intl.DateTimeFormatOptions): string {
  return normaliseSpaces(formatterFor(timeZone, options).format(toDate(instant)));
}

/** "Tue, Dec 1, 2026, 10:30 AM": the visit, in lists and on booking pages. */
export function formatInstant(instant: Instant, timeZone: string): string {
  return format(instant, timeZone, {
    weekday: "short",
    month: "short",
    day: "numeric",
    year: "numeric",
    hour: "numeric",
    minute: "2-digit",
  });
}

/** "Tue, Dec 1, 10:30 AM": a time in the coming weeks (a next free time), where the year goes without saying. */
export function formatSoon(instant: Instant, timeZone: string): string {
  return format(instant, timeZone, { weekday: "short", month: "short", day: "numeric", hour: "numeric", minute: "2-digit" });
}

/** "10:30 AM". */
export function formatTimeOfDay(instant: Instant, timeZone: string): string {
  return format(instant, timeZone, { hour: "numeric", minute: "2-digit" });
}

/**
 * Intl's date and time styles, in `timeZone`: { date: "long", time: "short" } → "December 1, 2026
 * at 10:30 AM"; { date: "medium", time: "medium" } → "Dec 1, 2026, 10:30:05 AM".
 */
export function formatDateTime(
  instant: Instant,
  timeZone: string,
  styles: { date: "full" | "long" | "medium" | "short"; time?: "medium" | "short" },
): string {
  return format(instant, timeZone, { dateStyle: styles.date, ...(styles.time ? { timeStyle: styles.time } : {}) });
}

/** The zone's short name at `at` ("EST" in winter, "EDT" in summer; "GMT+5:30" where none exists). */
export function timeZoneAbbreviation(timeZone: string, at: Instant): string {
  const parts = formatterFor(timeZone, { timeZoneName: "short" }).formatToParts(toDate(at));
  return normaliseSpaces(parts.find((part) => part.type === "timeZoneName")?.value ?? timeZone);
}

/** "New York time (EST)": the IANA city read aloud, with the abbreviation in force at `at`. */
export function describeTimeZone(timeZone: string, at: Instant): string {
  const city = timeZone.split("/").at(-1)?.replace(/_/g, " ") ?? timeZone;
  return city === "UTC" ? "UTC" : `${city} time (${timeZoneAbbreviation(timeZone, at)})`;
}

/** "Times are in New York time (EST)", for pages that list times to someone elsewhere. */
export function timeZoneNote(timeZone: string, at: Instant): string {
  return `Times are in ${describeTimeZone(timeZone, at)}`;
}

export type FormattedWhen = {
  /** "Monday, November 2, 2026" */
  date: string;
  /** "10:00 AM EST": the abbreviation in force on that day (DST aware). */
  time: string;
  /** "Monday, November 2, 2026 at 10:00 AM EST" */
  full: string;
};

/** A visit in a message, where the reader may be anywhere: the zone is named. */
export function formatWhen(instant: Date, timeZone: string): FormattedWhen {
  const date = formatDateTime(instant, timeZone, { date: "full" });
  const time = `${formatTimeOfDay(instant, timeZone)} ${timeZoneAbbreviation(timeZone, instant)}`;
  return { date, time, full: `${date} at ${time}` };
}

/** "10:00 AM – 11:00 AM EST": the end's zone is named once, at the end. */
export function formatTimeRange(startsAt: Date, endsAt: Date, timeZone: string): string {
  return `${formatTimeOfDay(startsAt, timeZone)} – ${formatWhen(endsAt, timeZone).time}`;
}

/** "Dec 1, 2026, 10:05 AM EST": a logged moment (emails, audit), in the spa's zone and named. */
export function formatLoggedAt(instant: Date, timeZone: string): string {
  return `${formatDateTime(instant, timeZone, { date: "medium", time: "short" })} ${timeZoneAbbreviation(timeZone, instant)}`;
}
