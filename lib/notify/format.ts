/**
 * The one formatter for times in messages. Every time is written in the location's zone (the
 * visit is in person), never the server's: a worker in UTC must still say "10:00 AM EST".
 */

// ICU 72+ puts a narrow no-break space before AM/PM; mail clients and tests expect a plain one.
const cleanSpaces = (value: string) => value.replace(/[\u202f\u00a0]/g, " ");

export type FormattedWhen = {
  /** "Monday, November 2, 2026" */
  date: string;
  /** "10:00 AM EST" — the zone abbreviation is the one in force on that day (DST aware). */
  time: string;
  /** "Monday, November 2, 2026 at 10:00 AM EST" */
  full: string;
};

export function formatWhen(instant: Date, timeZone: string): FormattedWhen {
  const date = new Intl.DateTimeFormat("en-US", {
    timeZone,
    weekday: "long",
    year: "numeric",
    month: "long",
    day: "numeric",
  }).format(instant);
  const time = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hour: "numeric",
    minute: "2-digit",
    timeZoneName: "short",
  }).format(instant);
  const result = { date: cleanSpaces(date), time: cleanSpaces(time) };
  return { ...result, full: `${result.date} at ${result.time}` };
}

/** "10:00 AM – 11:00 AM EST": the end's zone is named once, at the end. */
export function formatTimeRange(startsAt: Date, endsAt: Date, timeZone: string): string {
  const start = new Intl.DateTimeFormat("en-US", { timeZone, hour: "numeric", minute: "2-digit" }).format(startsAt);
  return `${cleanSpaces(start)} – ${formatWhen(endsAt, timeZone).time}`;
}

/** "2026-11-26 10:05 UTC": the email log spans locations, so it speaks one unambiguous zone. */
export function formatLogTime(instant: Date): string {
  return `${instant.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
