import { describe, expect, it } from "vitest";
import type { DeepPartial } from "@/lib/intake/draft";
import type { IntakeAnswers } from "@/lib/intake/schema";
import { flagById, flagsFor } from "@/tests/support/contraindications";

type Answers = DeepPartial<IntakeAnswers>;

// Every answer that can trigger a rule, and the near-misses that must not.
const FIRES: [string, Answers, string][] = [
  ["fever", { currentHealth: { fever: true } }, "active-infection"],
  ["a skin infection", { currentHealth: { activeInfection: true } }, "active-infection"],
  ["open sores", { currentHealth: { openSores: true } }, "active-infection"],
  ["an active cold sore", { currentHealth: { activeColdSore: true } }, "active-infection"],
  ["conjunctivitis", { currentHealth: { conjunctivitis: true } }, "active-infection"],
  ["an active cold sore (is a cold-sore history too)", { currentHealth: { activeColdSore: true } }, "hsv-history-peel"],
  ["windburn", { lifestyle: { windburn: true } }, "sunburn-windburn"],
  ["isotretinoin stopped recently", { actives: { isotretinoin: { status: "stopped", lastUsedOn: "2026-05-01" } } }, "isotretinoin-recent"],
  ["a retinoid used now", { actives: { topicalRetinoid: { status: "current", products: ["adapalene"] } } }, "topical-actives-recent"],
  ["retinol used now", { actives: { topicalRetinoid: { status: "current", products: ["retinol"] } } }, "topical-actives-recent"],
  ["AHA/BHA used now", { actives: { ahaBha: { status: "current" } } }, "topical-actives-recent"],
  ["AHA/BHA stopped 3 days ago", { actives: { ahaBha: { status: "stopped", lastUsedOn: "2026-07-12" } } }, "topical-actives-recent"],
  ["nursing", { pregnancy: { nursing: true } }, "pregnancy-consult-provider"],
  ["nursing (ingredients)", { pregnancy: { nursing: true } }, "pregnancy-ingredients"],
  ["dilated capillaries", { skinHistory: { dilatedCapillaries: true } }, "rosacea-heat-exfoliation"],
  ["sensitivity as a concern", { skin: { concerns: ["sensitivity"] } }, "sensitive-skin-gentle"],
  ["Fitzpatrick III", { skin: { fitzpatrick: "III" } }, "phototype-patch-test"],
  ["Fitzpatrick V", { skin: { fitzpatrick: "V" } }, "phototype-patch-test"],
  ["Fitzpatrick VI", { skin: { fitzpatrick: "VI" } }, "phototype-patch-test"],
  ["phototype not known", { skin: { fitzpatrick: "not-sure" } }, "phototype-patch-test"],
  ["laser hair removal", { hairRemoval: { laserHairRemoval: { yes: true, date: "2026-07-14" } } }, "hair-removal-recent"],
  ["dermaplaning", { hairRemoval: { dermaplaning: { yes: true, date: "2026-07-14" } } }, "hair-removal-recent"],
  ["ablative laser", { procedures: { laserAblative: { yes: true, date: "2026-07-01" } } }, "skin-procedure-recent"],
  ["facial surgery", { procedures: { facialSurgery: { yes: true, date: "2026-07-01" } } }, "skin-procedure-recent"],
  ["a ticked allergen", { allergies: { ingredients: ["latex"] } }, "allergy-patch-test"],
  ["aspirin typed, not ticked", { allergies: { other: "Aspirin" } }, "aspirin-allergy-salicylic"],
  ["metal implants", { devices: { metalImplants: true } }, "implant-electrical"],
];

const DOES_NOT_FIRE: [string, Answers, string][] = [
  ["isotretinoin never taken", { actives: { isotretinoin: { status: "no" } } }, "isotretinoin-recent"],
  ["isotretinoin stopped long ago", { actives: { isotretinoin: { status: "stopped", lastUsedOn: "2024-01-01" } } }, "isotretinoin-recent"],
  [
    "hydroquinone used now (not a chemical-exfoliation rule)",
    { actives: { hydroquinone: { status: "current" } } },
    "topical-actives-recent",
  ],
  ["vitamin C used now", { actives: { vitaminC: { status: "current" } } }, "topical-actives-recent"],
  ["planning a pregnancy", { pregnancy: { planningPregnancy: true } }, "pregnancy-consult-provider"],
  ["eczema, not flaring", { skinHistory: { eczemaPsoriasisDermatitis: { yes: true, flaringNow: false } } }, "skin-flare-steam"],
  ["Fitzpatrick I", { skin: { fitzpatrick: "I" } }, "phototype-patch-test"],
  ["threading (not in the row)", { hairRemoval: { threading: { yes: true, date: "2026-07-14" } } }, "hair-removal-recent"],
  ["a depilatory (not in the row)", { hairRemoval: { depilatory: { yes: true, date: "2026-07-14" } } }, "hair-removal-recent"],
  ["non-ablative laser (not in the row)", { procedures: { laserNonAblative: { yes: true, date: "2026-07-14" } } }, "skin-procedure-recent"],
  ["a chemical peel (not in the row)", { procedures: { chemicalPeel: { yes: true, date: "2026-07-14" } } }, "skin-procedure-recent"],
  ["allergies typed as “none”", { allergies: { other: "None." } }, "allergy-patch-test"],
  ["aspirin allergy only (no cosmetic allergen)", { allergies: { ingredients: ["aspirin"] } }, "allergen-products"],
  ["other conditions than diabetes", { medical: { conditions: ["thyroid", "heart"] } }, "diabetes-extraction"],
  ["contact lenses", { devices: { contactLenses: true } }, "implant-electrical"],
  ["surgery on the medical history (not facial)", { medical: { surgery: { yes: true, date: "2026-07-01" } } }, "skin-procedure-recent"],
];

describe("answers that trigger a rule", () => {
  it.each(FIRES)("%s fires %s", (_what, answers, id) => {
    expect(flagById(flagsFor(answers), id)).toBeDefined();
  });

  it.each(DOES_NOT_FIRE)("%s does not fire %s", (_what, answers, id) => {
    expect(flagById(flagsFor(answers), id)).toBeUndefined();
  });

  it("the client who answers no to everything gets no flags at all", () => {
    expect(flagsFor({})).toEqual([]);
  });
});

describe("staff reasons carry the details the esthetician needs", () => {
  it.each<[Answers, string, RegExp]>([
    [{ currentHealth: { fever: true, conjunctivitis: true } }, "active-infection", /fever, conjunctivitis/],
    [{ actives: { isotretinoin: { status: "stopped", lastUsedOn: "2026-03-01" } } }, "isotretinoin-recent", /stopped 2026-03-01/],
    [{ actives: { topicalRetinoid: { status: "current", products: ["tretinoin"] } } }, "topical-actives-recent", /tretinoin now/],
    [{ medical: { bloodThinners: { yes: true, details: "apixaban" } } }, "blood-thinners-peel", /apixaban/],
    [
      { procedures: { botox: { yes: true, date: "2026-07-10", areas: ["forehead", "around-eyes"] } } },
      "botox-recent",
      /forehead, around the eyes/,
    ],
    [{ skinHistory: { eczemaPsoriasisDermatitis: { yes: true, flaringNow: true, areas: ["neck"] } } }, "skin-flare-area", /neck/],
    [{ allergies: { ingredients: ["nut-oils"], other: "chamomile" } }, "allergy-patch-test", /nuts or nut oils, "chamomile"/],
    [{ pregnancy: { pregnant: true, nursing: true } }, "pregnancy-electrical", /pregnant and nursing/],
    [{ devices: { pacemaker: true, metalImplants: true } }, "implant-electrical", /pacemaker and metal implants/],
  ])("%#: %s", (answers, id, detail) => {
    expect(flagById(flagsFor(answers), id)?.staffReason).toMatch(detail);
  });
});
