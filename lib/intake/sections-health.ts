import { z } from "zod";
import { CONDITION_LABELS, RETINOID_LABELS, keysOf } from "./options";
import {
  activeUse,
  activeUseShape,
  dateRequiredWhenYes,
  datedItem,
  datedShapeWith,
  dropDateUnlessYes,
  dropStopDateUnlessStopped,
  faceAreas,
  optionalText,
  stopDateRequired,
  type DateBounds,
} from "./fields";

// FACTS.md "What an intake form asks": medical history, medications and supplements.
function medicalSection(bounds: DateBounds) {
  return z.object({
    doctorsCare: z.object({ yes: z.boolean(), details: optionalText(500) }),
    surgery: z
      .object(datedShapeWith({ details: optionalText(500) }))
      .superRefine(dateRequiredWhenYes(bounds, "Enter the date of your surgery"))
      .transform(dropDateUnlessYes),
    conditions: z.array(z.enum(keysOf(CONDITION_LABELS))).default([]),
    conditionDetails: optionalText(1000),
    bloodThinners: z.object({ yes: z.boolean(), details: optionalText(300) }),
    otherMedications: optionalText(1000),
  });
}

// FACTS.md contraindications table, row "active infection, fever, open sores, active cold sore,
// conjunctivitis": asked as "right now".
export const currentHealthSection = z.object({
  activeInfection: z.boolean(),
  fever: z.boolean(),
  openSores: z.boolean(),
  activeColdSore: z.boolean(),
  conjunctivitis: z.boolean(),
});

// FACTS.md "What an intake form asks": actives, with stop or last-use dates.
function activesSection(bounds: DateBounds) {
  const lastUse = "Enter the date you last used it";
  return z.object({
    isotretinoin: activeUse(bounds, "Enter the date you stopped taking it"),
    topicalRetinoid: z
      .object({ ...activeUseShape, products: z.array(z.enum(keysOf(RETINOID_LABELS))).default([]) })
      .superRefine(stopDateRequired(bounds, lastUse))
      .transform(dropStopDateUnlessStopped),
    ahaBha: activeUse(bounds, lastUse),
    hydroquinone: activeUse(bounds, lastUse),
    vitaminC: activeUse(bounds, lastUse),
    acneMedication: activeUse(bounds, lastUse),
  });
}

export const pregnancySection = z.object({
  pregnant: z.boolean(),
  nursing: z.boolean(),
  planningPregnancy: z.boolean(),
  hormoneTherapy: z.boolean(),
});

const flareCondition = z
  .object({ yes: z.boolean(), flaringNow: z.boolean(), areas: faceAreas })
  .superRefine((item, ctx) => {
    if (item.yes === true && item.flaringNow === true && Array.isArray(item.areas) && item.areas.length === 0) {
      ctx.addIssue({ code: "custom", path: ["areas"], message: "Tick where it is flaring" });
    }
  })
  // A flare is only asked about once the condition is ticked, so a hidden tick is not an answer.
  .transform((item) => (item.yes ? item : { yes: false, flaringNow: false, areas: [] }));

function skinHistorySection(bounds: DateBounds) {
  return z.object({
    coldSores: datedItem(bounds, "Enter roughly when you last had a cold sore"),
    keloids: z.boolean(),
    rosacea: z.boolean(),
    dilatedCapillaries: z.boolean(),
    eczemaPsoriasisDermatitis: flareCondition,
    activeAcne: z.boolean(),
  });
}

export const devicesSection = z.object({
  pacemaker: z.boolean(),
  metalImplants: z.boolean(),
  contactLenses: z.boolean(),
});

export function healthSections(bounds: DateBounds) {
  return {
    medical: medicalSection(bounds),
    currentHealth: currentHealthSection,
    actives: activesSection(bounds),
    pregnancy: pregnancySection,
    skinHistory: skinHistorySection(bounds),
    devices: devicesSection,
  };
}
