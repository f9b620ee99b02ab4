import type { IntakeAnswers, IntakeDraft, IntakeInput } from "./schema";

/**
 * The empty form: every yes/no unticked, every list empty, every active "No"; the choices a
 * client must make themselves (skin type, sun) left unset. Contact details come from the account.
 */
export function blankIntakeInput(contact: { fullName: string; email: string; phone: string }): IntakeInput {
  const no = { yes: false, date: "" };
  const notUsed = { status: "no", lastUsedOn: "", details: "" } as const;
  return {
    contact,
    emergencyContact: { name: "", phone: "", relationship: "" },
    physician: { name: "", phone: "" },
    medical: {
      doctorsCare: { yes: false, details: "" },
      surgery: { ...no, details: "" },
      conditions: [],
      conditionDetails: "",
      bloodThinners: { yes: false, details: "" },
      otherMedications: "",
    },
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
    consent: { agreed: false, signature: "" },
  };
}

/**
 * What the form opens with: the blank form, then the latest submission's answers (a client
 * updating only what changed), then the autosaved draft on top. Consent is always given afresh.
 */
export function prefillIntake(blank: IntakeInput, latest: IntakeAnswers | null, draft: IntakeDraft | null): IntakeInput {
  const merged = overlay(overlay(blank, latest ?? undefined), draft ?? undefined) as IntakeInput;
  return draft?.consent ? merged : { ...merged, consent: { agreed: false, signature: "" } };
}

/** Objects merge key by key; arrays and scalars replace; undefined and null keep the base. */
function overlay(base: unknown, patch: unknown): unknown {
  if (patch === undefined || patch === null) return base;
  if (!isObject(base) || !isObject(patch)) return patch;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) merged[key] = overlay(merged[key], value);
  return merged;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
