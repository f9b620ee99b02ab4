import { describe, expect, it } from "vitest";
import type { DeepPartial } from "@/lib/intake/draft";
import type { IngredientId } from "@/lib/intake/ingredients";
import type { IntakeAnswers } from "@/lib/intake/schema";
import { RULESET } from "./ruleset";
import { EVERY_STEP, LED_ONLY, flagById, flagsFor } from "@/tests/support/contraindications";
import type { AffectedSteps, Severity, TreatmentStep } from "./types";

interface RuleCase {
  id: string;
  /** Answers that make the rule fire for a visit on VISIT (2026-07-15). */
  answers: DeepPartial<IntakeAnswers>;
  severity: Severity;
  /** What the flag affects on a service that has every step. */
  affects: AffectedSteps;
  ingredients?: IngredientId[];
}

const pregnant: DeepPartial<IntakeAnswers> = { pregnancy: { pregnant: true } };
const rosacea: DeepPartial<IntakeAnswers> = { skinHistory: { rosacea: true } };
const flaring: DeepPartial<IntakeAnswers> = {
  skinHistory: { eczemaPsoriasisDermatitis: { yes: true, flaringNow: true, areas: ["cheeks"] } },
};
const isotretinoinNow: DeepPartial<IntakeAnswers> = { actives: { isotretinoin: { status: "current" } } };
const bloodThinners: DeepPartial<IntakeAnswers> = { medical: { bloodThinners: { yes: true, details: "warfarin" } } };
const diabetes: DeepPartial<IntakeAnswers> = { medical: { conditions: ["diabetes"] } };
const sensitive: DeepPartial<IntakeAnswers> = { skin: { type: "sensitive" } };
const SUN: TreatmentStep[] = ["STEAM", "EXFOLIATION_PHYSICAL", "EXFOLIATION_CHEMICAL", "PEEL"];
const CHEMICAL: TreatmentStep[] = ["EXFOLIATION_CHEMICAL", "PEEL"];

// One case per rule: every rule of the ruleset must appear here (checked below).
const RULE_CASES: RuleCase[] = [
  { id: "active-infection", answers: { currentHealth: { fever: true } }, severity: "BLOCK", affects: "WHOLE_SERVICE" },
  { id: "sunburn-windburn", answers: { lifestyle: { sunburn: true } }, severity: "BLOCK", affects: SUN },
  { id: "tanning-recent", answers: { lifestyle: { tanning: { yes: true, date: "2026-07-12" } } }, severity: "BLOCK", affects: SUN },
  { id: "skin-flare-steam", answers: flaring, severity: "BLOCK", affects: ["STEAM"] },
  { id: "skin-flare-peel", answers: flaring, severity: "BLOCK", affects: CHEMICAL },
  { id: "skin-flare-area", answers: flaring, severity: "CAUTION", affects: "WHOLE_SERVICE" },
  {
    id: "isotretinoin-recent",
    answers: isotretinoinNow,
    severity: "BLOCK",
    affects: ["EXFOLIATION_PHYSICAL", "EXFOLIATION_CHEMICAL", "PEEL", "WAXING"],
  },
  { id: "isotretinoin-extraction", answers: isotretinoinNow, severity: "CAUTION", affects: ["EXTRACTION"] },
  {
    id: "topical-actives-recent",
    answers: { actives: { topicalRetinoid: { status: "stopped", lastUsedOn: "2026-07-12", products: ["tretinoin"] } } },
    severity: "BLOCK",
    affects: CHEMICAL,
  },
  { id: "blood-thinners-extraction", answers: bloodThinners, severity: "CAUTION", affects: ["EXTRACTION"] },
  { id: "blood-thinners-peel", answers: bloodThinners, severity: "CLEARANCE", affects: ["PEEL"] },
  { id: "pregnancy-ingredients", answers: pregnant, severity: "BLOCK", affects: "PRODUCTS", ingredients: ["retinoids", "hydroquinone"] },
  { id: "pregnancy-salicylic-peel", answers: pregnant, severity: "BLOCK", affects: CHEMICAL },
  { id: "pregnancy-electrical", answers: pregnant, severity: "BLOCK", affects: ["ELECTRICAL_STIMULATION"] },
  { id: "pregnancy-microdermabrasion", answers: pregnant, severity: "CLEARANCE", affects: ["EXFOLIATION_PHYSICAL"] },
  { id: "pregnancy-steam", answers: pregnant, severity: "CAUTION", affects: ["STEAM"] },
  { id: "pregnancy-consult-provider", answers: pregnant, severity: "CAUTION", affects: "WHOLE_SERVICE" },
  {
    id: "hsv-history-peel",
    answers: { skinHistory: { coldSores: { yes: true, date: "2025-03-01" } } },
    severity: "CLEARANCE",
    affects: ["PEEL"],
  },
  { id: "rosacea-heat-exfoliation", answers: rosacea, severity: "BLOCK", affects: ["STEAM", "EXFOLIATION_PHYSICAL", "PEEL"] },
  { id: "rosacea-gentle-technique", answers: rosacea, severity: "CAUTION", affects: ["EXFOLIATION_CHEMICAL", "EXTRACTION"] },
  { id: "rosacea-consult-dermatologist", answers: rosacea, severity: "CAUTION", affects: "WHOLE_SERVICE" },
  { id: "sensitive-skin-gentle", answers: sensitive, severity: "CAUTION", affects: ["STEAM", "EXFOLIATION_PHYSICAL"] },
  { id: "sensitive-skin-new-products", answers: sensitive, severity: "PATCH_TEST", affects: "PRODUCTS" },
  { id: "phototype-patch-test", answers: { skin: { fitzpatrick: "IV" } }, severity: "PATCH_TEST", affects: CHEMICAL },
  { id: "keloid-patch-test", answers: { skinHistory: { keloids: true } }, severity: "PATCH_TEST", affects: CHEMICAL },
  {
    id: "hair-removal-recent",
    answers: { hairRemoval: { waxing: { yes: true, date: "2026-07-12" } } },
    severity: "BLOCK",
    affects: CHEMICAL,
  },
  {
    id: "skin-procedure-recent",
    answers: { procedures: { microneedling: { yes: true, date: "2026-07-01" } } },
    severity: "BLOCK",
    affects: ["EXFOLIATION_PHYSICAL", "EXFOLIATION_CHEMICAL", "EXTRACTION", "PEEL"],
  },
  {
    id: "botox-recent",
    answers: { procedures: { botox: { yes: true, date: "2026-07-10", areas: ["forehead"] } } },
    severity: "BLOCK",
    affects: ["EXTRACTION", "MASSAGE"],
  },
  {
    id: "filler-recent",
    answers: { procedures: { fillers: { yes: true, date: "2026-07-01", areas: ["lips"] } } },
    severity: "BLOCK",
    affects: ["EXTRACTION", "MASSAGE"],
  },
  { id: "allergy-patch-test", answers: { allergies: { other: "chamomile" } }, severity: "PATCH_TEST", affects: "PRODUCTS" },
  {
    id: "allergen-products",
    answers: { allergies: { ingredients: ["fragrance", "lanolin"] } },
    severity: "BLOCK",
    affects: "PRODUCTS",
    // A fragrance allergy rules out essential oils too: they carry the same allergens (lib/intake/ingredient-families.ts).
    ingredients: ["fragrance", "tea-tree-oil", "lanolin", "essential-oils", "methyl-salicylate"],
  },
  {
    id: "aspirin-allergy-salicylic",
    answers: { allergies: { ingredients: ["aspirin"] } },
    severity: "CAUTION",
    affects: "PRODUCTS",
    ingredients: ["salicylic-acid", "willow-bark", "methyl-salicylate"],
  },
  { id: "allergy-unmatched", answers: { allergies: { other: "kiwi" } }, severity: "CAUTION", affects: "PRODUCTS" },
  { id: "diabetes-extraction", answers: diabetes, severity: "CAUTION", affects: ["EXTRACTION"] },
  { id: "diabetes-exfoliation", answers: diabetes, severity: "CAUTION", affects: ["EXFOLIATION_PHYSICAL", "EXFOLIATION_CHEMICAL", "PEEL"] },
  { id: "implant-electrical", answers: { devices: { pacemaker: true } }, severity: "BLOCK", affects: ["ELECTRICAL_STIMULATION"] },
];

describe("every rule", () => {
  it("has exactly one case in this table", () => {
    expect(RULE_CASES.map((c) => c.id).sort()).toEqual(RULESET.map((rule) => rule.id).sort());
  });

  it.each(RULE_CASES)("$id fires with its answer, as $severity on what it affects", ({ id, answers, severity, affects, ingredients }) => {
    const flag = flagById(flagsFor(answers), id);
    expect(flag).toMatchObject({ id, severity, ingredients: ingredients ?? [] });
    expect(flag?.affectedSteps).toEqual(Array.isArray(affects) ? EVERY_STEP.filter((step) => affects.includes(step)) : affects);
    expect(flag?.source).toMatch(/^FACTS\.md: contraindications table, row ".+"$/);
    expect(flag?.staffReason).not.toBe("");
    expect(flag?.clientMessage).not.toBe("");
    // Staff see the rule's name, never an internal citation; the client's reason reads after "because".
    expect(flag?.name).toMatch(/^[A-Z][^"]+$/);
    expect(flag?.name).not.toMatch(/FACTS/);
    expect(flag?.clientReason).toMatch(/^(you|you're|you've|your|of) /);
  });

  it.each(RULE_CASES)("$id does not fire when the answer is absent", ({ id }) => {
    expect(flagById(flagsFor({}), id)).toBeUndefined();
  });

  it.each(RULE_CASES)("$id on a service without its steps", ({ id, answers, affects }) => {
    const without = Array.isArray(affects) ? EVERY_STEP.filter((step) => !affects.includes(step)) : LED_ONLY;
    const flag = flagById(flagsFor(answers, { steps: without }), id);
    if (Array.isArray(affects)) expect(flag).toBeUndefined();
    else expect(flag?.affectedSteps).toBe(affects);
  });

  it.each(RULE_CASES.filter((c) => Array.isArray(c.affects)))(
    "$id on a service with one of its steps affects only that one",
    ({ id, answers, affects }) => {
      const step = (affects as TreatmentStep[])[0] as TreatmentStep;
      const flag = flagById(flagsFor(answers, { steps: ["CLEANSE", step, "MOISTURISE"] }), id);
      expect(flag?.affectedSteps).toEqual([step]);
    },
  );
});
