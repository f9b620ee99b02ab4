import type { FieldErrors } from "@/lib/errors/app-error";

/**
 * The shape every input must have before any schema sees it (docs/decisions/0028): one walk, linear
 * in the input's size, run by the action pipeline and by parseQuery/parseBody. It refuses what no
 * form of ours ever sends (a 190,000-item array, text of a megabyte, objects nested hundreds deep)
 * and text no person types (NUL and other control characters, broken UTF-16), so a schema never
 * spends seconds on a hostile input and PostgreSQL never sees a NUL (which it answers with an
 * error, a 500). The schemas then set each field's own, tighter bounds.
 */
export const INPUT_BOUNDS = {
  /** The longest text any field accepts (the longest field, a description or a note, is far shorter). */
  maxStringLength: 20_000,
  /** The most items in one list (the longest real list, a day's calendar moves, is far shorter). */
  maxArrayItems: 1_000,
  /** How deep objects and lists may nest (the intake form is four deep). */
  maxDepth: 12,
  /** Every value counted once: a bound on the whole input's work. */
  maxNodes: 20_000,
} as const;

/**
 * C0 controls other than tab, line feed and carriage return; DEL; C1 controls. A NUL reaching
 * PostgreSQL fails the query; the others have no place in a name, a note or an id.
 */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** Half of a UTF-16 pair without its other half: not a character at all. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a single string is refused, or null. */
export function badText(value: string, maxLength: number = INPUT_BOUNDS.maxStringLength): string | null {
  if (value.length > maxLength) return `Keep this to ${maxLength.toLocaleString("en")} characters or fewer.`;
  if (CONTROL_CHARACTERS.test(value)) return "Remove the control characters from this text.";
  if (LONE_SURROGATE.test(value)) return "This text contains characters that cannot be read.";
  return null;
}

/**
 * Field errors for an input outside the bounds (keyed by its path, like a schema's), or null when
 * it is within them. FormData and URLSearchParams are read as their entries; anything that is not
 * plain data (a function, a class instance other than Date/File/Blob) is refused.
 */
export function findOutOfBoundsInput(input: unknown): FieldErrors | null {
  const errors: FieldErrors = {};
  let nodes = 0;
  let failed = false;
  const fail = (path: string[], message: string) => {
    failed = true;
    (errors[path.join(".") || "form"] ??= []).push(message);
  };

  const walk = (value: unknown, path: string[], depth: number): void => {
    if (failed) return;
    if (++nodes > INPUT_BOUNDS.maxNodes) return fail([], "This request holds too much data.");
    if (value === null || value === undefined || typeof value === "boolean") return;
    if (typeof value === "number") return Number.isFinite(value) ? undefined : fail(path, "Enter a number.");
    if (typeof value === "bigint") return fail(path, "Enter a smaller number.");
    if (typeof value === "string") {
      const problem = badText(value);
      return problem ? fail(path, problem) : undefined;
    }
    if (typeof value !== "object") return fail(path, "This value cannot be read.");
    if (value instanceof Date || isBlob(value)) return;
    if (depth >= INPUT_BOUNDS.maxDepth) return fail(path, "This request is nested too deeply.");
    if (Array.isArray(value)) {
      if (value.length > INPUT_BOUNDS.maxArrayItems) return fail(path, `Keep this list to ${INPUT_BOUNDS.maxArrayItems} items or fewer.`);
      value.forEach((item, index) => walk(item, [...path, String(index)], depth + 1));
      return;
    }
    const entries = entriesOf(value);
    if (!entries) return fail(path, "This value cannot be read.");
    let count = 0;
    for (const [key, item] of entries) {
      if (++count > INPUT_BOUNDS.maxArrayItems) return fail(path, "This request holds too many fields.");
      const keyProblem = badText(key, 200);
      if (keyProblem) return fail(path, "A field name in this request cannot be read.");
      walk(item, [...path, key], depth + 1);
      if (failed) return;
    }
  };

  walk(input, [], 0);
  return failed ? errors : null;
}

function isBlob(value: object): boolean {
  return typeof Blob !== "undefined" && value instanceof Blob;
}

function entriesOf(value: object): Iterable<[string, unknown]> | null {
  if (typeof FormData !== "undefined" && value instanceof FormData) return value.entries();
  if (value instanceof URLSearchParams) return value.entries();
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) return null;
  return Object.entries(value);
}
