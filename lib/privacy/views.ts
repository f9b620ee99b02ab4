import { STEP_LABELS } from "@/lib/catalog/step-labels";
import type { TreatmentStep } from "@/lib/db/generated/enums";

/**
 * What of a treatment note a client receives in their export (docs/decisions/0029), pure: what
 * was done (the steps performed and skipped), the products used and how the skin responded, as
 * the homecare plan already tells them. The SOAP notes, the face map, the esthetician's analysis,
 * override reasons, notes for next time and amendments are the staff's working record and stay out.
 */
export type ClientVisibleNote = {
  stepsPerformed: string[];
  stepsSkipped: string[];
  products: string[];
  skinResponse: string;
};

type StoredNote = {
  steps?: { step: TreatmentStep; performed: boolean }[];
  productIds?: string[];
  skinResponse?: string;
};

export function clientVisibleNote(content: StoredNote, productNames: ReadonlyMap<string, string>): ClientVisibleNote {
  const steps = content.steps ?? [];
  const label = (step: TreatmentStep) => STEP_LABELS[step] ?? step;
  return {
    stepsPerformed: steps.filter((s) => s.performed).map((s) => label(s.step)),
    stepsSkipped: steps.filter((s) => !s.performed).map((s) => label(s.step)),
    products: (content.productIds ?? []).map((id) => productNames.get(id)).filter((name): name is string => !!name),
    skinResponse: (content.skinResponse ?? "").trim(),
  };
}

/** The published plan as the client reads it: each line's advice and why; never the rule names or sources. */
export type ClientPlanSection = { section: string; lines: { text: string; why: string }[] };

export function clientPlanSections(
  sections: Record<string, readonly { text: string; reason: string }[]>,
  labels: Readonly<Record<string, string>>,
  order: readonly string[],
): ClientPlanSection[] {
  return order
    .filter((key) => (sections[key] ?? []).length > 0)
    .map((key) => ({ section: labels[key] ?? key, lines: sections[key]!.map((line) => ({ text: line.text, why: line.reason })) }));
}

/**
 * The intake sections that say who the client is and whom to call, blanked on erasure; the
 * clinical answers (medical history, medications, skin, allergies) and the signed consent stay
 * for the retention period.
 */
export const IDENTIFYING_INTAKE_SECTIONS = ["contact", "emergencyContact"] as const;
export const ERASED_TEXT = "[erased]";

export function redactIntakeAnswers(answers: unknown): Record<string, unknown> {
  const source = typeof answers === "object" && answers !== null && !Array.isArray(answers) ? (answers as Record<string, unknown>) : {};
  const result: Record<string, unknown> = { ...source };
  for (const section of IDENTIFYING_INTAKE_SECTIONS) {
    const value = source[section];
    if (typeof value !== "object" || value === null) continue;
    result[section] = Object.fromEntries(Object.keys(value).map((key) => [key, ERASED_TEXT]));
  }
  return result;
}

/** The name an erased client's row keeps, so calendars and reports still read ("Erased client 3f2a1b9c"). */
export function erasedClientName(clientId: string): string {
  return `Erased client ${clientId.replaceAll("-", "").slice(0, 8)}`;
}
