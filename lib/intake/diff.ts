import { describeAnswer } from "./answers";
import { INTAKE_FIELD_ORDER, labelForPath } from "./labels";
import { NONE_APPLY_KEY } from "./none-apply";
import type { IntakeDraft } from "./schema";

export interface IntakeChange {
  path: string;
  label: string;
  previous: unknown;
  current: unknown;
  /** The answers as the chart shows them ("Yes", "Rosacea", "—"). */
  previousText: string;
  currentText: string;
}

/**
 * The signature and consent change on every submission; they are not "what changed" in the skin.
 * Nor is a section's "none of these apply": the boxes it speaks for are compared themselves.
 */
const IGNORED_PREFIXES = ["consent."];

/**
 * The answers that differ between two submissions (or a submission and a draft), in the order of
 * the form, for the chart's "changed since the previous intake". An answer that was empty and is
 * still empty ("" / missing / []) is not a change; a list that only changed order is not either.
 * With no previous intake nothing is reported as changed.
 */
export function diffIntake(previous: IntakeDraft | null | undefined, current: IntakeDraft): IntakeChange[] {
  if (!previous) return [];
  const before = flattenAnswers(previous);
  const after = flattenAnswers(current);
  const paths = new Set([...before.keys(), ...after.keys()]);
  const changes: IntakeChange[] = [];
  for (const path of paths) {
    if (IGNORED_PREFIXES.some((prefix) => path.startsWith(prefix)) || path.endsWith(`.${NONE_APPLY_KEY}`)) continue;
    const [was, now] = [before.get(path), after.get(path)];
    if (sameAnswer(was, now)) continue;
    changes.push({
      path,
      label: labelForPath(path),
      previous: was,
      current: now,
      previousText: describeAnswer(path, was),
      currentText: describeAnswer(path, now),
    });
  }
  return changes.sort((a, b) => formPosition(a.path) - formPosition(b.path) || a.path.localeCompare(b.path));
}

/** Leaf answers by dotted path; lists are one answer. */
export function flattenAnswers(value: unknown, prefix = "", out = new Map<string, unknown>()): Map<string, unknown> {
  if (isPlainObject(value)) {
    for (const [key, child] of Object.entries(value)) flattenAnswers(child, prefix ? `${prefix}.${key}` : key, out);
  } else if (prefix) {
    out.set(prefix, value);
  }
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0);
}

function sameAnswer(a: unknown, b: unknown): boolean {
  if (isEmpty(a) || isEmpty(b)) return isEmpty(a) && isEmpty(b);
  if (Array.isArray(a) && Array.isArray(b)) {
    const sorted = (list: unknown[]) => JSON.stringify(list.map(String).sort());
    return sorted(a) === sorted(b);
  }
  return a === b;
}

function formPosition(path: string): number {
  const index = INTAKE_FIELD_ORDER.indexOf(path);
  return index === -1 ? Number.MAX_SAFE_INTEGER : index;
}
