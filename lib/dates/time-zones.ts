/**
 * The time zones a spa can be in: exactly those this server's tz database lists
 * (Intl.supportedValuesOf), plus UTC. The admin form offers this list and the policy command
 * accepts only a zone from it, so what can be picked and what is accepted never differ. The list
 * comes from the server, never from the browser, whose tz database may be older or newer.
 */
let cached: readonly string[] | null = null;

export function supportedTimeZones(): readonly string[] {
  cached ??= [...new Set([...Intl.supportedValuesOf("timeZone"), "UTC"])].sort();
  return cached;
}

export function isSupportedTimeZone(zone: string): boolean {
  return supportedTimeZones().includes(zone);
}

export type TimeZoneOption = { value: string; label: string };
export type TimeZoneGroup = { region: string; zones: TimeZoneOption[] };

/** "America/Argentina/Buenos_Aires" → "Argentina / Buenos Aires"; a zone without a region reads as itself. */
export function timeZoneCity(zone: string): string {
  const [, ...rest] = zone.split("/");
  return (rest.length ? rest : [zone]).join(" / ").replace(/_/g, " ");
}

/** "GMT-5", "GMT+5:30", "GMT" at `at` (so a summer-time zone shows the offset in force now). */
export function timeZoneOffset(zone: string, at: Date): string {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "shortOffset" }).formatToParts(at);
  const offset = parts.find((part) => part.type === "timeZoneName")?.value ?? "GMT";
  return offset.replace(/^GMT[+-]0$/, "GMT");
}

/**
 * The list grouped by region (America, Europe, …; zones without one under "Other"), each option
 * labelled "New York (GMT-5)" so a keyboard user can type the city's first letters. `current`
 * (the spa's zone) is kept as an option even if this tz database no longer lists it.
 */
export function groupTimeZones(at: Date, current?: string): TimeZoneGroup[] {
  const zones = current && !isSupportedTimeZone(current) ? [...supportedTimeZones(), current] : supportedTimeZones();
  const groups = new Map<string, TimeZoneOption[]>();
  for (const zone of zones) {
    const region = zone.includes("/") ? zone.split("/")[0]! : "Other";
    const option = { value: zone, label: `${timeZoneCity(zone)} (${timeZoneOffset(zone, at)})` };
    groups.set(region, [...(groups.get(region) ?? []), option]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === "Other" ? 1 : b === "Other" ? -1 : a.localeCompare(b)))
    .map(([region, options]) => ({ region, zones: options.sort((a, b) => a.label.localeCompare(b.label)) }));
}
