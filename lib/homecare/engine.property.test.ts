import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { allowedFrom, conflictsOf, OBSERVED_CONDITION_LABELS, type ObservedCondition, type SkinAnalysis } from "@/lib/contraindications";
import { TreatmentStep } from "@/lib/db/generated/enums";
import type { TreatmentStep as Step } from "@/lib/contraindications";
import { addDays } from "@/lib/dates/local-date";
import type { DeepPartial } from "@/lib/intake/draft";
import { ALLERGEN_LABELS, INGREDIENT_LABELS, type AllergenId } from "@/lib/intake/ingredients";
import { CONCERN_LABELS, FITZPATRICK_LABELS, SKIN_TYPE_LABELS, type Concern, type Fitzpatrick, type SkinType } from "@/lib/intake/options";
import type { IntakeAnswers } from "@/lib/intake/schema";
import { buildIntakeAnswers } from "@/tests/support/intake";
import { avoidModelForPlan } from "./avoid-model";
import { planConflicts, undeclaredMentions } from "./consistency";
import { buildHomecarePlan } from "./engine";
import { PLAN_SECTIONS, type HomecarePlan, type PlanProduct } from "./types";

/**
 * The invariants of issue 12, over generated intakes × notes × catalogues:
 * - no plan line or product recommends anything the avoid model forbids before its until-date;
 * - no line recommends what another line forbids;
 * - resume advice is never given for an active a current condition forbids;
 * - what a line's words recommend is what the line declares (so the checks above see everything).
 */

const VISIT = "2030-03-12";
const day = (offset: number) => addDays(VISIT, -offset);
const ingredientIds = Object.keys(INGREDIENT_LABELS);
const NAMES = [
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
const TYPED = ["", "none", "wool wax", "kiwi", "perfume", "salicylates", "peanut oil", "lanolyn", "aspirin", "bee stings, latex"];
const RESPONSES = [
  "",
  "Calm, slight redness.",
  "Restart your retinol tonight.",
  "Use the BHA toner from tomorrow.",
  "No scrubs for a week.",
];

const product: fc.Arbitrary<PlanProduct> = fc.record({
  id: fc.uuid(),
  name: fc
    .tuple(fc.constantFrom(...NAMES), fc.constantFrom("", "Daily", "Gentle", "Purifying", "Hydrating"))
    .map(([name, prefix]) => `${prefix} ${name}`.trim()),
  ingredients: fc.uniqueArray(fc.constantFrom(...ingredientIds), { maxLength: 4 }),
});

const activeUse = fc.oneof(
  fc.constant({ status: "no" as const }),
  fc.constant({ status: "current" as const }),
  fc.integer({ min: 0, max: 240 }).map((ago) => ({ status: "stopped" as const, lastUsedOn: day(ago) })),
);
const dated = fc.oneof(
  fc.constant({ yes: false }),
  fc.integer({ min: 0, max: 40 }).map((ago) => ({ yes: true, date: day(ago) })),
);

const intakePatch: fc.Arbitrary<DeepPartial<IntakeAnswers>> = fc
  .record({
    ticked: fc.uniqueArray(fc.constantFrom(...(Object.keys(ALLERGEN_LABELS) as AllergenId[])), { maxLength: 3 }),
    typed: fc.constantFrom(...TYPED),
    type: fc.constantFrom(...(Object.keys(SKIN_TYPE_LABELS) as SkinType[])),
    fitzpatrick: fc.constantFrom(...(Object.keys(FITZPATRICK_LABELS) as Fitzpatrick[])),
    concerns: fc.uniqueArray(fc.constantFrom(...(Object.keys(CONCERN_LABELS) as Concern[])), { maxLength: 4 }),
    pregnant: fc.boolean(),
    nursing: fc.boolean(),
    rosacea: fc.boolean(),
    capillaries: fc.boolean(),
    flaring: fc.boolean(),
    sunburn: fc.boolean(),
    keloids: fc.boolean(),
    isotretinoin: activeUse,
    retinoid: activeUse,
    ahaBha: activeUse,
    waxing: dated,
    microneedling: dated,
    tanning: dated,
  })
  .map((g) => ({
    allergies: { ingredients: g.ticked, other: g.typed },
    skin: { type: g.type, fitzpatrick: g.fitzpatrick, concerns: g.concerns },
    pregnancy: { pregnant: g.pregnant, nursing: g.nursing },
    skinHistory: {
      rosacea: g.rosacea,
      dilatedCapillaries: g.capillaries,
      keloids: g.keloids,
      eczemaPsoriasisDermatitis: g.flaring
        ? { yes: true, flaringNow: true, areas: ["cheeks"] }
        : { yes: false, flaringNow: false, areas: [] },
    },
    lifestyle: { sunburn: g.sunburn, tanning: g.tanning },
    actives: { isotretinoin: g.isotretinoin, topicalRetinoid: { ...g.retinoid, products: [] }, ahaBha: g.ahaBha },
    hairRemoval: { waxing: g.waxing },
    procedures: { microneedling: g.microneedling },
  }));

const analysis: fc.Arbitrary<SkinAnalysis | null> = fc.option(
  fc.record({
    skinType: fc.constantFrom("", ...(Object.keys(SKIN_TYPE_LABELS) as SkinType[])),
    fitzpatrick: fc.constantFrom("", "I", "II", "III", "IV", "V", "VI"),
    observed: fc.uniqueArray(fc.constantFrom(...(Object.keys(OBSERVED_CONDITION_LABELS) as ObservedCondition[])), { maxLength: 3 }),
  }) as fc.Arbitrary<SkinAnalysis>,
  { nil: null },
);

const note: fc.Arbitrary<GeneratedNote> = fc.record({
  steps: fc.uniqueArray(fc.constantFrom(...Object.values(TreatmentStep)), { maxLength: 8 }),
  analysis,
  skinResponse: fc.constantFrom(...RESPONSES),
});

type GeneratedNote = { steps: Step[]; analysis: SkinAnalysis | null; skinResponse: string };

function draft(patch: DeepPartial<IntakeAnswers> | null, generated: GeneratedNote, catalogue: PlanProduct[]): HomecarePlan {
  const intake = patch ? buildIntakeAnswers(patch) : null;
  const planNote = {
    steps: generated.steps.map((step) => ({ step, performed: true })),
    productIds: [],
    skinResponse: generated.skinResponse,
    analysis: generated.analysis,
  };
  return buildHomecarePlan({
    intake,
    note: planNote,
    avoid: avoidModelForPlan({ intake, visitDate: VISIT, note: planNote }),
    catalogue,
    visitDate: VISIT,
    serviceSteps: generated.steps,
  });
}

const RUNS = { numRuns: 300 };

describe("every generated plan", () => {
  test("no line recommends what the avoid model forbids before its until-date, or what another line forbids", () => {
    fc.assert(
      fc.property(fc.option(intakePatch, { nil: null }), note, fc.array(product, { maxLength: 12 }), (patch, generated, catalogue) => {
        const plan = draft(patch, generated, catalogue);
        expect(planConflicts(plan)).toEqual([]);
      }),
      RUNS,
    );
  }, 60_000);

  test("no product contains an ingredient the avoid model rules out at home on the day it starts", () => {
    fc.assert(
      fc.property(intakePatch, note, fc.array(product, { maxLength: 12 }), (patch, generated, catalogue) => {
        const plan = draft(patch, generated, catalogue);
        for (const line of plan.sections.products) {
          const item = catalogue.find((p) => p.id === line.productId)!;
          const from = line.recommends![0]!.from;
          expect(conflictsOf(plan.avoid!, { ingredients: [...item.ingredients] }, { where: "home", date: from })).toEqual([]);
          for (const allergy of plan.avoid!.allergies.matched) {
            expect(item.ingredients.filter((id) => allergy.ingredients.includes(id as never))).toEqual([]);
          }
          expect(Boolean(line.confirmation)).toBe(plan.avoid!.productsNeedConfirmation);
        }
      }),
      RUNS,
    );
  }, 60_000);

  test("resume advice never names an active that a current condition keeps off", () => {
    fc.assert(
      fc.property(intakePatch, note, (patch, generated) => {
        const plan = draft(patch, generated, []);
        const resume = plan.activesResumeOn;
        if (!resume) return;
        for (const active of resume.resumes?.actives ?? []) {
          expect(allowedFrom(plan.avoid!, { actives: [active] }, "home", VISIT)).not.toBe("cleared");
        }
        for (const exception of resume.exceptions ?? []) expect(exception.text).not.toMatch(/ease back|resume|restart/i);
      }),
      RUNS,
    );
  }, 60_000);

  test("what each line's words recommend is what the line declares; every line has a reason and a rule name", () => {
    fc.assert(
      fc.property(fc.option(intakePatch, { nil: null }), note, (patch, generated) => {
        const plan = draft(patch, generated, []);
        for (const section of PLAN_SECTIONS) {
          for (const line of plan.sections[section]) {
            expect(undeclaredMentions(line), `${line.id}: ${line.text}`).toEqual([]);
            expect(line.reason.trim(), line.id).not.toBe("");
            expect(line.rule, line.id).toBeTruthy();
            expect(`${line.text} ${line.reason}`, line.id).not.toMatch(/FACTS|undefined|null/);
          }
        }
      }),
      RUNS,
    );
  }, 60_000);
});
