import { isLocalDate } from "@/lib/dates/local-date";
import { formatLocalDate, formatMinuteOfDay, weekdayName } from "@/lib/format/calendar";
import { formatDuration } from "@/lib/format/duration";
import { formatPrice } from "@/lib/format/money";
import { formatDateTime } from "@/lib/format/zoned";

/**
 * What the audit log needs to read an entry's details: the spa's zone for instants, its currency
 * when an entry names none, and the names of records entries refer to by id.
 */
export type AuditContext = {
  timeZone: string;
  currency: string;
  names?: ReadonlyMap<string, string>;
};

type Plain = Record<string, unknown>;
type Describer = (details: Plain, context: AuditContext) => string[];

/** Keys whose values are never shown, at any depth: credentials and anything that could act as one. */
const SECRET_KEY =
  /pass(word|phrase|code)|hash|token|secret|otp|totp|recovery|credential|cookie|private|api_?key|signature|challenge|session_?id/i;
/** Values that look like a credential whatever their key: password hashes, long hex or base64url strings, JWTs. */
const SECRET_VALUE = /^\$(argon2|2[aby]\$|scrypt)|^[a-f0-9]{32,}$|^[A-Za-z0-9_-]{40,}$|^eyJ[\w-]+\.[\w-]+\./;
const HIDDEN = "(hidden)";

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ENUM = /^[A-Z][A-Z_]+$/;
const MAX_TEXT = 200;
const MAX_LIST = 8;

const LABELS: Record<string, string> = {
  priceCents: "Price",
  durationMinutes: "Duration",
  bufferBeforeMinutes: "Preparation time",
  bufferAfterMinutes: "Cleanup time",
  requiresIntake: "Needs an intake",
  staffId: "Esthetician",
  clientId: "Client",
  serviceId: "Service",
  startsAt: "Starts",
  endsAt: "Ends",
  startDate: "Start date",
  timeZone: "Time zone",
  slotIntervalMinutes: "Slot interval",
  minNoticeMinutes: "Minimum notice",
  maxAdvanceDays: "Booking window (days)",
  cancellationWindowHours: "Cancellation window (hours)",
  intakeValidMonths: "Intake valid for (months)",
  intakeReminderHours: "Intake reminder (hours before)",
  clinicalRetentionYears: "Clinical records kept (years)",
  requireStaffTwoFactor: "Staff need two-step sign-in",
  spaInitiated: "By the spa",
  newClient: "New client",
  previousAttempts: "Earlier attempts",
  lastError: "Last error",
  endedSessions: "Sessions ended",
  ended: "Sessions ended",
  includeClinical: "Clinical records included",
  sendConfirmations: "Confirmations sent",
  engineVersion: "Plan engine version",
};

/** "cancellationWindowHours" → "Cancellation window hours"; ids drop their "Id". */
export function auditLabel(key: string): string {
  if (LABELS[key]) return LABELS[key];
  const words = key
    .replace(/Ids?$/, (suffix) => (suffix === "Ids" ? "s" : ""))
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .toLowerCase()
    .trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : key;
}

const isPlain = (value: unknown): value is Plain => typeof value === "object" && value !== null && !Array.isArray(value);
const isSecretKey = (key: string) => SECRET_KEY.test(key);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const sentence = (text: string) => text[0]!.toUpperCase() + text.slice(1).toLowerCase().replace(/_/g, " ");

/** One value for people, read by its key: money, durations, times of day, instants in the spa's zone, dates, names for ids. */
export function formatAuditValue(key: string, value: unknown, context: AuditContext, currency = context.currency): string {
  if (isSecretKey(key)) return HIDDEN;
  if (value === null || value === undefined || value === "") return "none";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "number") {
    if (/Cents$/.test(key)) return formatPrice(value, currency);
    if (/^(start|end)Minute$|^minute$/.test(key)) return formatMinuteOfDay(value);
    if (/Minutes$/.test(key)) return formatDuration(value);
    return value.toLocaleString("en-US");
  }
  if (typeof value === "string") return formatText(value, context);
  if (Array.isArray(value)) {
    if (value.length === 0) return "none";
    if (value.every((item) => !isPlain(item) && !Array.isArray(item))) {
      const shown = value.slice(0, MAX_LIST).map((item) => formatAuditValue(key, item, context, currency));
      return value.length > MAX_LIST ? `${shown.join(", ")} and ${value.length - MAX_LIST} more` : shown.join(", ");
    }
    return value.length === 1 ? "1 item" : `${value.length} items`;
  }
  if (isPlain(value)) {
    return Object.entries(value)
      .filter(([, inner]) => inner !== undefined)
      .map(([innerKey, inner]) => `${auditLabel(innerKey).toLowerCase()} ${formatAuditValue(innerKey, inner, context, currency)}`)
      .join(", ");
  }
  return HIDDEN;
}

function formatText(value: string, context: AuditContext): string {
  if (SECRET_VALUE.test(value)) return HIDDEN;
  if (INSTANT.test(value) && !Number.isNaN(Date.parse(value))) {
    return formatDateTime(new Date(value), context.timeZone, { date: "medium", time: "short" });
  }
  const wall = LOCAL_DATE_TIME.exec(value);
  if (wall && isLocalDate(wall[1]))
    return `${formatLocalDate(wall[1]!, "medium")}, ${formatMinuteOfDay(Number(wall[2]) * 60 + Number(wall[3]))}`;
  const date: unknown = value; // isLocalDate narrows its argument, and every LocalDate is a string
  if (isLocalDate(date)) return formatLocalDate(date, "medium");
  if (UUID.test(value)) return context.names?.get(value) ?? `#${value.slice(0, 8)}`;
  if (ENUM.test(value)) return sentence(value);
  return value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT)}…` : value;
}

/** Lines for every key of an object (nested objects read "Label › inner: value"), secrets left out. */
function listLines(details: Plain, context: AuditContext, prefix = "", currency = context.currency): string[] {
  return Object.entries(details).flatMap(([key, value]) => {
    if (value === undefined || isSecretKey(key)) return [];
    const label = `${prefix}${auditLabel(key)}`;
    if (isPlain(value)) return listLines(value, context, `${label} › `, typeof value.currency === "string" ? value.currency : currency);
    return [`${label}: ${formatAuditValue(key, value, context, currency)}`];
  });
}

/** "Label: before → after" for each key that changed (nested objects compared key by key), secrets left out. */
function diffLines(before: Plain, after: Plain, context: AuditContext, prefix = ""): string[] {
  const currency = [after.currency, before.currency].find((c): c is string => typeof c === "string") ?? context.currency;
  const keys = [...new Set([...Object.keys(after), ...Object.keys(before)])];
  return keys.flatMap((key) => {
    if (isSecretKey(key) || same(before[key], after[key])) return [];
    const label = `${prefix}${auditLabel(key)}`;
    const [was, now] = [before[key], after[key]];
    if (isPlain(was) && isPlain(now)) return diffLines(was, now, context, `${label} › `);
    return [`${label}: ${formatAuditValue(key, was, context, currency)} → ${formatAuditValue(key, now, context, currency)}`];
  });
}

/** The generic reading: before/after (or from/to objects) as changes, every other key as a line. */
function describeGeneric(details: Plain, context: AuditContext): string[] {
  const pairs: [string, string][] = [
    ["before", "after"],
    ["from", "to"],
  ];
  for (const [was, now] of pairs) {
    const [before, after] = [details[was], details[now]];
    if (isPlain(before) && isPlain(after)) {
      const { [was]: _was, [now]: _now, ...rest } = details;
      return [...diffLines(before, after, context), ...listLines(rest, context)];
    }
  }
  return listLines(details, context);
}

type Range = { weekday?: number; startMinute: number; endMinute: number };
const isRange = (value: unknown): value is Range =>
  isPlain(value) && typeof value.startMinute === "number" && typeof value.endMinute === "number";
const ranges = (value: unknown): Range[] => (Array.isArray(value) ? value.filter(isRange) : []);
const span = (range: Range) => `${formatMinuteOfDay(range.startMinute)}–${formatMinuteOfDay(range.endMinute)}`;
const weekdayRange = (range: Range) => `${weekdayName(range.weekday ?? 1).slice(0, 3)} ${span(range)}`;
const rangeKey = (range: Range) => `${range.weekday ?? 0}:${range.startMinute}:${range.endMinute}`;
const byDayAndTime = (a: Range, b: Range) => (a.weekday ?? 0) - (b.weekday ?? 0) || a.startMinute - b.startMinute;

/** What a schedule change did to the visits it affected (lib/staff/schedule-change.ts). */
function visitOutcomes(details: Plain): string[] {
  const count = (key: string) => (Array.isArray(details[key]) ? (details[key] as unknown[]).length : 0);
  const parts = [
    [count("cancelledIds"), "cancelled"],
    [count("movedIds"), "moved to a colleague"],
    [count("keptIds"), "kept"],
  ] as const;
  const said = parts.filter(([n]) => n > 0).map(([n, what]) => `${n} ${what}`);
  return said.length ? [`Visits outside the new hours: ${said.join(", ")}`] : [];
}

const withoutOutcomes = (details: Plain): Plain => {
  const { cancelledIds: _c, movedIds: _m, keptIds: _k, ...rest } = details;
  return rest;
};

function describeHours(details: Plain): string[] {
  const after = ranges(details.ranges ?? details.after).sort(byDayAndTime);
  if (!Array.isArray(details.before)) {
    return [`Hours: ${after.length ? after.map(weekdayRange).join(", ") : "none"}`, ...visitOutcomes(details)];
  }
  const before = ranges(details.before).sort(byDayAndTime);
  const had = new Set(before.map(rangeKey));
  const has = new Set(after.map(rangeKey));
  const lines = [
    ...after.filter((range) => !had.has(rangeKey(range))).map((range) => `Hours: ${weekdayRange(range)} added`),
    ...before.filter((range) => !has.has(rangeKey(range))).map((range) => `Hours: ${weekdayRange(range)} removed`),
  ];
  return [...(lines.length ? lines : ["Hours: unchanged"]), ...visitOutcomes(details)];
}

function describeTimeOff(verb: "added" | "removed"): Describer {
  return (details, context) => {
    const row = isPlain(details.timeOff) ? details.timeOff : details;
    const from = row.from ?? row.startsAt;
    const to = row.to ?? row.endsAt;
    const reason = typeof row.reason === "string" && row.reason ? ` (${row.reason})` : "";
    const when = `${formatAuditValue("from", from, context)} – ${formatAuditValue("to", to, context)}`;
    return [`Time off ${verb}: ${when}${reason}`, ...visitOutcomes(details)];
  };
}

const DESCRIBERS: Record<string, Describer> = {
  "service.update": (details, context) => {
    const before = isPlain(details.before) ? details.before : {};
    const after = isPlain(details.after) ? { ...details.after } : {};
    // The form sends the price as text ("65.00"); the row keeps cents.
    if (typeof after.price === "string" || typeof after.price === "number") after.priceCents = Math.round(Number(after.price) * 100);
    const ignored = ["id", "locationId", "slug", "sortOrder", "price", "resources", "resourceRequirements", "currency"];
    const pick = (row: Plain) => Object.fromEntries(Object.entries(row).filter(([key]) => !ignored.includes(key)));
    const currency = typeof before.currency === "string" ? before.currency : context.currency;
    const lines = diffLines({ ...pick(before), currency }, { ...pick(after), currency }, context);
    return lines.length ? lines : ["No visible change"];
  },
  "hours.replace": describeHours,
  "time-off.add": describeTimeOff("added"),
  "time-off.remove": describeTimeOff("removed"),
  "date-override.set": (details, context) => {
    const date = formatAuditValue("date", details.date, context);
    const hours = ranges(details.ranges);
    const reason = typeof details.reason === "string" && details.reason ? ` (${details.reason})` : "";
    return [`Hours on ${date}: ${hours.length ? hours.map(span).join(", ") : "day off"}${reason}`, ...visitOutcomes(details)];
  },
  "date-override.clear": (details, context) => [
    `Hours on ${formatAuditValue("date", details.date, context)}: back to the weekly hours`,
    ...visitOutcomes(details),
  ],
  "staff.set-services": (details, context) => {
    const before = new Set(Array.isArray(details.before) ? details.before.map(String) : []);
    const after = new Set(Array.isArray(details.after) ? details.after.map(String) : []);
    const name = (id: string) => formatAuditValue("serviceId", id, context);
    const lines = [
      ...[...after].filter((id) => !before.has(id)).map((id) => `Services: ${name(id)} added`),
      ...[...before].filter((id) => !after.has(id)).map((id) => `Services: ${name(id)} removed`),
    ];
    return lines.length ? lines : ["Services: unchanged"];
  },
};

const STATUS_ACTIONS = new Set(["appointment.cancel", "appointment.mark-status"]);

/**
 * An audit entry's details as lines a person can read ("Price: $60 → $65", "Hours: Tue 9:00 AM–5:00 PM
 * added"), never its raw JSON. Actions with a shape of their own have a describer; every other
 * entry (and any key a describer does not know) falls back to labelled key/value lines. Keys and
 * values that look like credentials (passwords, hashes, tokens, codes) are never shown.
 */
export function describeAuditDetails(action: string, details: unknown, context: AuditContext): string[] {
  if (!isPlain(details)) return [];
  const describer = DESCRIBERS[action];
  if (describer) return describer(details, context);
  if (STATUS_ACTIONS.has(action) && typeof details.from === "string" && typeof details.to === "string") {
    const { from, to, ...rest } = details;
    return [`Status: ${sentence(from)} → ${sentence(to)}`, ...listLines(rest, context)];
  }
  return describeGeneric(withoutOutcomes(details), context).concat(visitOutcomes(details));
}
