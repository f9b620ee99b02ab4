import type { DeepPartial } from "@/lib/intake/draft";
import { createIntakeSchema, type IntakeAnswers, type IntakeInput } from "@/lib/intake/schema";

/**
 * Test data: a complete, valid intake of a client who answers "no" to everything. Tests (unit and
 * integration) change only what they are about.
 */
export function buildIntakeInput(patch: DeepPartial<IntakeInput> = {}): IntakeInput {
  const no = { yes: false };
  const notUsed = { status: "no" } as const;
  const base: IntakeInput = {
    contact: { fullName: "Ana Souza", email: "ana@example.com", phone: "+1 555 010 2030" },
    emergencyContact: { name: "Rui Souza", phone: "+1 555 010 2031", relationship: "Partner" },
    physician: { name: "", phone: "" },
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
      botox: { yes: false, areas: [] },
      fillers: { yes: false, areas: [] },
      facialSurgery: no,
    },
    lifestyle: { smoking: false, sunExposure: "moderate", tanning: no, sunburn: false, windburn: false },
    skin: { type: "combination", fitzpatrick: "II", concerns: ["blackheads", "enlarged-pores"], goals: "", routine: "" },
    allergies: { ingredients: [], other: "" },
    consent: { agreed: true, signature: "Ana Souza" },
  };
  return mergeDeep<IntakeInput>(base, patch);
}

/** Validated answers (what lib/contraindications reads) with `patch` applied after parsing. */
export function buildIntakeAnswers(patch: DeepPartial<IntakeAnswers> = {}): IntakeAnswers {
  const answers = createIntakeSchema({ today: "2099-12-31" }).parse(buildIntakeInput());
  return mergeDeep<IntakeAnswers>(answers, patch);
}

/** Objects merge key by key; arrays and other values replace. */
export function mergeDeep<T>(base: T, patch: DeepPartial<T> | undefined): T {
  if (!isObject(base) || !isObject(patch)) return (patch === undefined ? base : patch) as T;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) merged[key] = mergeDeep(merged[key], value);
  return merged as T;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
