import type { DeepPartial } from "./draft";
import { NONE_APPLY_KEY, NONE_APPLY_SECTIONS } from "./none-apply";
import type { IntakeAnswers, IntakeDraft, IntakeInput } from "./schema";

/** The health and skin questions: the form without who the client is and their consent. */
export type IntakeQuestions = Omit<IntakeInput, "contact" | "emergencyContact" | "physician" | "consent">;

/**
 * A client who answers "no" to everything: every yes/no unticked, every list empty, every active
 * "No", "none of these apply" ticked in every section of boxes, and no follow-up date or detail (a
 * "no" has none, so a stored answer leaves them out).
 * The choices a client must make themselves (skin type, sun) are left unset. A new object on every
 * call: the blank form and test data both build on it and may be changed by their callers.
 */
export function answerNoToEverything(): IntakeQuestions {
  const no = { yes: false };
  const notUsed = { status: "no" } as const;
  return withNoneApply(true, {
    medical: { doctorsCare: no, surgery: no, conditions: [], bloodThinners: no, otherMedications: "" },
    currentHealth: { activeInfection: false, fever: false, openSores: false, activeColdSore: false, conjunctivitis: false },
    actives: {
      isotretinoin: notUsed,
      topicalRetinoid: { ...notUsed, products: [] },
      ahaBha: notUsed,
      hydroquinone: notUsed,
      vitaminC: notUsed,
      acneMedication: notUsed,
    },
    pregnancy: { pregnant: false, nursing: false, planningPregnancy: false, hormoneTherapy: false },
    skinHistory: {
      coldSores: no,
      keloids: false,
      rosacea: false,
      dilatedCapillaries: false,
      eczemaPsoriasisDermatitis: { yes: false, flaringNow: false, areas: [] },
      activeAcne: false,
    },
    devices: { pacemaker: false, metalImplants: false, contactLenses: false },
    hairRemoval: { waxing: no, threading: no, laserHairRemoval: no, depilatory: no, dermaplaning: no },
    procedures: {
      chemicalPeel: no,
      laserAblative: no,
      laserNonAblative: no,
      microdermabrasion: no,
      microneedling: no,
      botox: { ...no, areas: [] },
      fillers: { ...no, areas: [] },
      facialSurgery: no,
    },
    lifestyle: { smoking: false, sunExposure: undefined as never, tanning: no, sunburn: false, windburn: false },
    skin: { type: undefined as never, fitzpatrick: undefined as never, concerns: [], goals: "", routine: "" },
    allergies: { ingredients: [], other: "" },
  });
}

/** Every section of boxes with its "none of these apply" set to `noneApply`. */
function withNoneApply<T extends Record<string, unknown>>(noneApply: boolean, questions: T): T {
  const marked: Record<string, unknown> = { ...questions };
  for (const section of NONE_APPLY_SECTIONS) marked[section] = { ...(questions[section] as object), [NONE_APPLY_KEY]: noneApply };
  return marked as T;
}

/**
 * The empty form: the "no" answers with every follow-up input empty ("" rather than missing, as
 * the form's inputs are controlled), and no section answered "none" yet: the client answers each.
 * Contact details come from the account.
 */
export function blankIntakeInput(contact: { fullName: string; email: string; phone: string }): IntakeInput {
  const questions = withNoneApply(false, answerNoToEverything());
  const noDate = { date: "" };
  const notUsed = { lastUsedOn: "", details: "" };
  const form: IntakeInput = {
    contact,
    emergencyContact: { name: "", phone: "", relationship: "" },
    physician: { name: "", phone: "" },
    ...questions,
    consent: { agreed: false, signature: "", clinicalPhotos: false, marketingPhotos: false },
  };
  return overlay(form, {
    medical: { doctorsCare: { details: "" }, surgery: { ...noDate, details: "" }, conditionDetails: "", bloodThinners: { details: "" } },
    actives: eachKeyOf(questions.actives, notUsed),
    skinHistory: { coldSores: noDate },
    hairRemoval: eachKeyOf(questions.hairRemoval, noDate),
    procedures: eachKeyOf(questions.procedures, noDate),
    lifestyle: { tanning: noDate },
  });
}

/**
 * What the form opens with: the blank form, then the latest submission's answers (a client
 * updating only what changed), then the autosaved draft on top. Consent is always given afresh;
 * the photo boxes start as the client's photo consents stand now (they may have changed them in
 * their account since).
 */
export function prefillIntake(
  blank: IntakeInput,
  latest: IntakeAnswers | null,
  draft: IntakeDraft | null,
  photos: { clinicalPhotos: boolean; marketingPhotos: boolean } = { clinicalPhotos: false, marketingPhotos: false },
): IntakeInput {
  const merged = overlay(overlay(blank, latest), draft);
  return draft?.consent ? merged : { ...merged, consent: { agreed: false, signature: "", ...photos } };
}

/**
 * `patch` laid over `base`: objects merge key by key; arrays and scalars replace; undefined and
 * null keep the base. The one deep merge of intake answers (the form's prefill and test data).
 */
export function overlay<T>(base: T, patch: DeepPartial<NoInfer<T>> | null | undefined): T {
  if (patch === undefined || patch === null) return base;
  if (!isObject(base) || !isObject(patch)) return patch as T;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) merged[key] = overlay(merged[key], value);
  return merged as T;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `value` for each question of a section (its "none of these apply" is not a question with follow-ups). */
function eachKeyOf<K extends string, V>(record: Partial<Record<K, unknown>>, value: V): Record<Exclude<K, "noneApply">, V> {
  const keys = Object.keys(record).filter((key) => key !== NONE_APPLY_KEY);
  return Object.fromEntries(keys.map((key) => [key, value])) as Record<Exclude<K, "noneApply">, V>;
}
