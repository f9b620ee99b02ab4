import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { TreatmentStep } from "@/lib/db/generated/enums";
import { buildIntakeAnswers } from "@/tests/support/intake";
import { ALLERGEN_INGREDIENT, ALLERGEN_LABELS, INGREDIENT_LABELS, type AllergenId } from "@/lib/intake/ingredients";
import { CONCERN_LABELS, SKIN_TYPE_LABELS, type Concern, type SkinType } from "@/lib/intake/options";
import { buildHomecarePlan } from "./engine";
import { homecareFlags } from "./flags";
import { PLAN_SECTIONS } from "./types";

const ingredientIds = Object.keys(INGREDIENT_LABELS);
const names = [
  "Cleanser",
  "Foaming Wash",
  "Toner",
  "Serum",
  "Moisturiser",
  "Rich Balm",
  "Sunscreen SPF 50",
  "Clay Mask",
  "Calming Mask",
  "Gel",
  "Peel",
];

const product = fc.record({
  id: fc.uuid(),
  name: fc.tuple(fc.constantFrom(...names), fc.string({ maxLength: 6 })).map(([name, suffix]) => `${suffix} ${name}`),
  ingredients: fc.uniqueArray(fc.constantFrom(...ingredientIds), { maxLength: 4 }),
});

const intake = fc.record({
  allergies: fc.uniqueArray(fc.constantFrom(...(Object.keys(ALLERGEN_LABELS) as AllergenId[])), { maxLength: 4 }),
  type: fc.constantFrom(...(Object.keys(SKIN_TYPE_LABELS) as SkinType[])),
  concerns: fc.uniqueArray(fc.constantFrom(...(Object.keys(CONCERN_LABELS) as Concern[])), { maxLength: 4 }),
  pregnant: fc.boolean(),
  rosacea: fc.boolean(),
  steps: fc.uniqueArray(fc.constantFrom(...Object.values(TreatmentStep)), { maxLength: 8 }),
});

describe("products in any generated plan", () => {
  test("never contain one of the client's allergens (or, when pregnant, a retinoid or hydroquinone)", () => {
    fc.assert(
      fc.property(intake, fc.array(product, { maxLength: 15 }), (generated, catalogue) => {
        const answers = buildIntakeAnswers({
          allergies: { ingredients: generated.allergies },
          skin: { type: generated.type, concerns: generated.concerns },
          pregnancy: { pregnant: generated.pregnant },
          skinHistory: { rosacea: generated.rosacea },
        });
        const plan = buildHomecarePlan({
          intake: answers,
          note: { steps: generated.steps.map((step) => ({ step, performed: true })), productIds: [], skinResponse: "" },
          flags: homecareFlags(answers, "2030-03-12"),
          catalogue,
          visitDate: "2030-03-12",
        });
        const forbidden = generated.allergies.map((id) => ALLERGEN_INGREDIENT[id]).filter(Boolean) as string[];
        if (generated.pregnant) forbidden.push("retinoids", "hydroquinone");
        const recommended = plan.sections.products.map((line) => catalogue.find((p) => p.id === line.productId)!);
        for (const item of recommended) expect(item.ingredients.filter((id) => forbidden.includes(id))).toEqual([]);
        for (const section of PLAN_SECTIONS) for (const line of plan.sections[section]) expect(line.reason).not.toBe("");
      }),
      { numRuns: 200 },
    );
    // Each run evaluates the whole contraindication ruleset; allow for a busy CI machine.
  }, 30_000);

  test("even when the flags passed in are empty, allergens from the intake are still excluded", () => {
    fc.assert(
      fc.property(fc.constantFrom(...(Object.keys(ALLERGEN_LABELS) as AllergenId[])), (allergen) => {
        const ingredient = ALLERGEN_INGREDIENT[allergen];
        fc.pre(ingredient !== null);
        const catalogue = [{ id: "a", name: "Daily Moisturiser", ingredients: [ingredient!] }];
        const plan = buildHomecarePlan({
          intake: buildIntakeAnswers({ allergies: { ingredients: [allergen] } }),
          note: { steps: [], productIds: [], skinResponse: "" },
          flags: [],
          catalogue,
          visitDate: "2030-03-12",
        });
        expect(plan.sections.products).toEqual([]);
      }),
    );
  });
});
