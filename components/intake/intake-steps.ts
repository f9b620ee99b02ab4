import { INTAKE_SECTION_LABELS, NONE_APPLY_KEY, type IntakeSection } from "@/lib/intake";
import { INTAKE_FORM_SECTIONS, type FieldSpec, type FormSection } from "./intake-fields";

/** One screen of the intake: a section of questions, or the review with consent and signature. */
export type IntakeStep = { key: IntakeSection | "review"; label: string; form: FormSection | null };

export const INTAKE_STEPS: readonly IntakeStep[] = [
  ...INTAKE_FORM_SECTIONS.map((form) => ({ key: form.section, label: INTAKE_SECTION_LABELS[form.section], form })),
  { key: "review", label: "Review and sign", form: null },
];

/** The value at a dotted path ("actives.isotretinoin.status"). */
export function valueAt(values: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], values);
}

/** The questions the client sees with these answers, in order: a follow-up only while it applies. */
export function visibleFields(fields: readonly FieldSpec[], values: unknown): Exclude<FieldSpec, { kind: "when" }>[] {
  return fields.flatMap((field) => {
    if (field.kind !== "when") return [field];
    return field.is(valueAt(values, field.path)) ? visibleFields(field.fields, values) : [];
  });
}

/** The first question of a step (in the order shown) that has an error, to focus it. */
export function firstErrorPath(form: FormSection, values: unknown, errors: unknown): string | null {
  return visibleFields(form.fields, values).find((field) => hasErrorAt(errors, field.path))?.path ?? null;
}

export function hasErrorAt(errors: unknown, path: string): boolean {
  const node = valueAt(errors, path);
  return node !== undefined && node !== null;
}

/** What "None of these apply" resets: every box unticked, every list emptied, every follow-up emptied. */
export function noneApplyResets(fields: readonly FieldSpec[], nested = false): [string, unknown][] {
  return fields.flatMap((field): [string, unknown][] => {
    switch (field.kind) {
      case "check":
        return [[field.path, false]];
      case "multi":
        return [[field.path, []]];
      case "when":
        return noneApplyResets(field.fields, true);
      case "text":
        // A closing free-text question ("Other allergies") is not one of "these"; a follow-up is.
        return nested ? [[field.path, ""]] : [];
      case "radio":
      case "none":
        return [];
    }
  });
}

/** Whether a section's path is its "none of these apply". */
export const isNoneApplyPath = (path: string) => path.endsWith(`.${NONE_APPLY_KEY}`);
