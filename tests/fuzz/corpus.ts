/**
 * Bad inputs, the kind an attacker or a broken client sends: wrong types, huge values, NUL and
 * other control characters, odd unicode, far dates, malformed ids. Each is a plain JSON value, so
 * it can be an action's argument, a JSON body or (as text) a query value or a path segment.
 */

const HUGE_TEXT = "x".repeat(60_000);

/** Single values, tried for every field the fuzz objects carry. */
export const BAD_VALUES: Record<string, unknown> = {
  nul: "a\u0000b",
  controlCharacters: "\u0007\u001b[31m\u007f",
  loneSurrogate: "\ud800",
  rightToLeftOverride: "\u202e\u0000",
  zalgo: "Z\u0351\u0352\u0353\u0354\u0355\u0356\u0357\u0358".repeat(50),
  emoji: "👩🏽‍⚕️".repeat(200),
  hugeText: HUGE_TEXT,
  farFutureDate: "9999-12-31",
  farPastInstant: "0001-01-01T00:00:00Z",
  impossibleDate: "2026-02-30",
  malformedId: "../../etc/passwd",
  sqlish: "' OR 1=1; --",
  negative: -1,
  hugeNumber: 1e308,
  fraction: 0.5,
  emptyString: "",
  boolean: true,
  nullValue: null,
  emptyObject: {},
  nestedArray: [[["x"]]],
};

/** The field names our forms and queries use, so a bad value meets a real field's parser. */
export const FIELD_NAMES = [
  "id",
  "appointmentId",
  "clientId",
  "staffId",
  "serviceId",
  "photoId",
  "messageId",
  "sessionId",
  "date",
  "from",
  "to",
  "month",
  "startsAt",
  "email",
  "password",
  "name",
  "phone",
  "q",
  "cursor",
  "page",
  "view",
  "reason",
  "code",
  "token",
  "status",
  "text",
];

function deeplyNested(depth: number): unknown {
  let value: unknown = "deep";
  for (let level = 0; level < depth; level++) value = { a: value };
  return value;
}

/** Whole inputs: each bad value in every field, and inputs bad as a whole. */
export function actionInputs(): { label: string; input: unknown }[] {
  const perValue = Object.entries(BAD_VALUES).map(([label, value]) => ({
    label: `every field ${label}`,
    input: Object.fromEntries(FIELD_NAMES.map((name) => [name, value])),
  }));
  return [
    { label: "no input", input: undefined },
    { label: "a bare string", input: "a\u0000" },
    { label: "a bare number", input: 1e308 },
    { label: "a list of 190,000 items", input: { items: new Array(190_000).fill(1), answers: new Array(190_000).fill("a") } },
    { label: "objects nested 200 deep", input: deeplyNested(200) },
    { label: "10,000 fields", input: Object.fromEntries(Array.from({ length: 10_000 }, (_, index) => [`f${index}`, index])) },
    ...perValue,
  ];
}

/**
 * Query strings: each bad value (as text) in every field name. Huge text goes in one parameter
 * only: an address over Node's 16 kB header limit is refused by the HTTP server itself (431).
 */
export function queryStrings(): { label: string; query: string }[] {
  return [
    ...Object.entries(BAD_VALUES)
      .filter(([label, value]) => label !== "hugeText" && (typeof value !== "object" || value === null))
      .map(([label, value]) => ({
        label: `every parameter ${label}`,
        query: new URLSearchParams(FIELD_NAMES.map((name) => [name, String(value)])).toString(),
      })),
    { label: "one parameter of 12,000 characters", query: new URLSearchParams({ q: "x".repeat(12_000) }).toString() },
  ];
}

/** Values for a dynamic path segment ([id], [file], [...nextauth]). */
export const PATH_SEGMENTS = [
  "not-a-uuid",
  "00000000-0000-0000-0000-000000000000",
  "%00",
  "a%00b.ics",
  "9999-12-31",
  "x".repeat(2_000),
  "%E2%80%AE",
  "%F0%9F%92%A9",
  "..%2F..%2Fetc",
  "%ZZ",
];

/** A body over the 1 MB limit: 413 before anything reads it. */
export const OVERSIZED_BODY = JSON.stringify({ text: "x".repeat(1_200_000) });
