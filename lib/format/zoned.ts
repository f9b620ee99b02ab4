/**
 * Instants shown in the spa's zone (the service is in person), never the machine's or the
 * browser's. Calendar dates (`YYYY-MM-DD`) have no zone, so they are read through UTC fields.
 * Newer ICU data puts a narrow no-break space before AM/PM; it is normalised to a plain space so
 * the server's and the browser's text agree.
 */
const LOCALE = "en-US";

function normaliseSpaces(text: string): string {
  return text.replace(/[\u202f\u00a0]/g, " ");
}

function toDate(instant: string | Date): Date {
  const date = typeof instant === "string" ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not an instant: ${String(instant)}`);
  return date;
}

function localDateAsUtc(date: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`Not a local date: ${date}`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

/** "Tue, Dec 1, 2026, 10:30 AM" in `timeZone`. */
export function formatInstant(instant: string | Date, timeZone: string): string {
  const format = new Intl.DateTimeFormat(LOCALE, {
    timeZone,
    weekday: "short",
    month: "short",
    day: "numeric",
    year: "numeric",
    hour: "numeric",
    minute: "2-digit",
  });
  return normaliseSpaces(format.format(toDate(instant)));
}

/** "10:30 AM" in `timeZone`. */
export function formatTimeOfDay(instant: string | Date, timeZone: string): string {
  const format = new Intl.DateTimeFormat(LOCALE, { timeZone, hour: "numeric", minute: "2-digit" });
  return normaliseSpaces(format.format(toDate(instant)));
}

/** A local date: "Tuesday, December 1" (or with the year: "Tuesday, December 1, 2026"). */
export function formatLocalDate(date: string, options: { withYear?: boolean } = {}): string {
  const format = new Intl.DateTimeFormat(LOCALE, {
    timeZone: "UTC",
    weekday: "long",
    month: "long",
    day: "numeric",
    ...(options.withYear ? { year: "numeric" } : {}),
  });
  return format.format(localDateAsUtc(date));
}

/** A month given as `YYYY-MM`: "December 2026". */
export function formatMonth(month: string): string {
  const format = new Intl.DateTimeFormat(LOCALE, { timeZone: "UTC", month: "long", year: "numeric" });
  return format.format(localDateAsUtc(`${month}-01`));
}

/** The zone's short name at `at` ("EST" in winter, "EDT" in summer; "GMT+5:30" where none exists). */
export function timeZoneAbbreviation(timeZone: string, at: string | Date): string {
  const parts = new Intl.DateTimeFormat(LOCALE, { timeZone, timeZoneName: "short" }).formatToParts(toDate(at));
  return normaliseSpaces(parts.find((part) => part.type === "timeZoneName")?.value ?? timeZone);
}

/** "New York time (EST)": the IANA city read aloud, with the abbreviation in force at `at`. */
export function describeTimeZone(timeZone: string, at: string | Date): string {
  const city = timeZone.split("/").at(-1)?.replace(/_/g, " ") ?? timeZone;
  const abbreviation = timeZoneAbbreviation(timeZone, at);
  return city === "UTC" ? "UTC" : `${city} time (${abbreviation})`;
}

/** "Times are in New York time (EST)", for pages that list times to someone elsewhere. */
export function timeZoneNote(timeZone: string, at: string | Date): string {
  return `Times are in ${describeTimeZone(timeZone, at)}`;
}
