/** A `YYYY-MM-DD` calendar date for people: read at UTC midnight and formatted in UTC, so no zone can shift the day. */
export function formatLocalDate(date: string, style: "long" | "full" = "long"): string {
  return new Intl.DateTimeFormat("en-US", { dateStyle: style, timeZone: "UTC" }).format(new Date(`${date}T00:00:00Z`));
}

export function formatInstant(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeStyle: "short", timeZone }).format(date);
}
