import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/dates/local-date";
import type { DeepPartial } from "@/lib/intake/draft";
import type { IntakeAnswers } from "@/lib/intake/schema";
import { buildIntakeAnswers } from "@/tests/support/intake";
import { DEEP_PORE_FACIAL, LED_ONLY, SALICYLIC_PEEL } from "@/tests/support/contraindications";
import { allowedFrom, conflictsOf, homeAvoidances, productVerdict, serviceBlock } from "./checks";
import { computeAvoidModel, type AvoidModelInput } from "./model";
import type { AvoidModel } from "./types";

const VISIT = "2026-07-15";

function model(answers: DeepPartial<IntakeAnswers>, options: Partial<AvoidModelInput> = {}): AvoidModel {
  return computeAvoidModel({ intake: buildIntakeAnswers(answers), visitDate: VISIT, ...options });
}

/** Compact "key until scope level ruleId" rows, for table assertions. */
function rows(model: AvoidModel, kind: "ingredients" | "actives" | "steps") {
  return model[kind].map((entry) => `${entry.key} ${entry.until} ${entry.scope} ${entry.level} ${entry.reason.ruleId}`).sort();
}

describe("the avoid model of a client who answered no to everything", () => {
  const empty = model({});
  it("avoids nothing and needs no product checks", () => {
    expect(empty).toMatchObject({ intake: "on-file", ingredients: [], actives: [], steps: [], productsNeedConfirmation: false });
    expect(empty.version).toMatch(/^\d{4}-\d{2}-\d{2}\.\d+\+\d{4}-\d{2}-\d{2}\.\d+$/);
  });
});

describe("without an intake", () => {
  const missing = computeAvoidModel({ intake: null, visitDate: VISIT, performedSteps: ["EXTRACTION"] });
  it("every product needs a person's check; only today's aftercare is known", () => {
    expect(missing).toMatchObject({ intake: "missing", productsNeedConfirmation: true, activesPauseUntil: "2026-07-18" });
    expect(rows(missing, "steps")).toContain("EXTRACTION 2026-07-22 home never aftercare.extraction-sites");
  });
});

describe("conditions and windows", () => {
  it("pregnancy: retinoids and hydroquinone never, salicylates not at home, acids and peels until cleared", () => {
    const pregnant = model({ pregnancy: { pregnant: true } });
    expect(rows(pregnant, "ingredients")).toEqual([
      "hydroquinone cleared both never pregnancy-ingredients",
      "methyl-salicylate cleared both caution home.pregnancy-salicylates",
      "retinoids cleared both never pregnancy-ingredients",
      "salicylic-acid cleared both caution home.pregnancy-salicylates",
      "willow-bark cleared both caution home.pregnancy-salicylates",
    ]);
    expect(rows(pregnant, "actives")).toEqual([
      "exfoliating-acids cleared home never pregnancy-salicylic-peel",
      "hydroquinone cleared both never pregnancy-ingredients",
      "retinoids cleared both never pregnancy-ingredients",
    ]);
    expect(pregnant.ingredients[0]!.reason).toMatchObject({
      ruleName: "Pregnant or nursing: products",
      clientReason: "you're pregnant or breastfeeding",
      clearedWhen: "while you're pregnant or breastfeeding",
    });
  });

  it("isotretinoin stopped in March: exfoliation and waxing until six months after, at the visit and at home", () => {
    const stopped = model({ actives: { isotretinoin: { status: "stopped", lastUsedOn: "2026-03-01" } } });
    expect(rows(stopped, "steps")).toEqual([
      "EXFOLIATION_CHEMICAL 2026-09-01 both never isotretinoin-recent",
      "EXFOLIATION_PHYSICAL 2026-09-01 both never isotretinoin-recent",
      "PEEL 2026-09-01 both never isotretinoin-recent",
      "WAXING 2026-09-01 both never isotretinoin-recent",
    ]);
    expect(rows(stopped, "actives")).toEqual(["exfoliating-acids 2026-09-01 home never isotretinoin-recent"]);
    expect(model({ actives: { isotretinoin: { status: "current" } } }).steps.every((entry) => entry.until === "cleared")).toBe(true);
  });

  it("a retinoid used yesterday pauses peels at this visit only", () => {
    const user = model({ actives: { topicalRetinoid: { status: "stopped", lastUsedOn: "2026-07-14", products: ["retinol"] } } });
    expect(rows(user, "steps")).toEqual([
      "EXFOLIATION_CHEMICAL 2026-07-20 visit never topical-actives-recent",
      "PEEL 2026-07-20 visit never topical-actives-recent",
    ]);
    expect(homeAvoidances(user, VISIT)).toEqual([]);
  });

  it("rosacea: heat, scrubs and strong peels everywhere; no acids or fragrance at home", () => {
    const redness = model({ skinHistory: { rosacea: true } });
    expect(rows(redness, "steps")).toEqual([
      "EXFOLIATION_CHEMICAL cleared home never home.rosacea-acids",
      "EXFOLIATION_PHYSICAL cleared both never rosacea-heat-exfoliation",
      "EXFOLIATION_PHYSICAL cleared home never home.rosacea-scrub",
      "PEEL cleared both never rosacea-heat-exfoliation",
      "STEAM cleared both never rosacea-heat-exfoliation",
    ]);
    expect(rows(redness, "ingredients")).toEqual([
      "essential-oils cleared both caution home.rosacea-fragrance",
      "fragrance cleared both caution home.rosacea-fragrance",
    ]);
  });

  it("an active infection postpones the whole treatment", () => {
    expect(rows(model({ currentHealth: { fever: true } }), "steps")).toEqual(["WHOLE_SERVICE cleared visit never active-infection"]);
  });
});

describe("allergies, ticked and typed", () => {
  it("a typed allergy rules its ingredients out just like a ticked one", () => {
    const typed = model({ allergies: { other: "Wool wax" } });
    expect(rows(typed, "ingredients")).toEqual(["lanolin cleared both never allergen-products"]);
    expect(typed.allergies.matched).toEqual([{ text: "Wool wax", origin: "typed", ingredients: ["lanolin"], caution: false }]);
  });

  it("an allergy the dictionary cannot read makes every product need a check", () => {
    const unknown = model({ allergies: { other: "kiwi, perfume" } });
    expect(unknown.allergies.unmatched).toEqual(["kiwi"]);
    expect(unknown.productsNeedConfirmation).toBe(true);
    expect(productVerdict(unknown, []).needsConfirmation).toBe(true);
  });

  it("aspirin: a caution for salicylates in the room, never sent home", () => {
    const aspirin = model({ allergies: { ingredients: ["aspirin"] } });
    expect(productVerdict(aspirin, ["salicylic-acid"])).toMatchObject({
      refusals: [],
      cautions: [{ ruleId: "aspirin-allergy-salicylic" }],
    });
    expect(conflictsOf(aspirin, { ingredients: ["willow-bark"] }, { where: "home", date: VISIT })).toHaveLength(1);
  });

  it("refuses an allergen in the room, by ingredient and through an active", () => {
    const bpo = model({ allergies: { ingredients: ["benzoyl-peroxide"] } });
    expect(productVerdict(bpo, ["benzoyl-peroxide", "glycerin"]).refusals.map((r) => r.ruleId)).toEqual(["allergen-products"]);
    expect(rows(bpo, "actives")).toEqual(["acne-treatments cleared both never allergen-products"]);
  });
});

describe("the steps performed today", () => {
  it("open aftercare windows at home, measured from the visit", () => {
    const after = model({}, { performedSteps: ["CLEANSE", "STEAM", "EXTRACTION", "MASK"] });
    expect(after.activesPauseUntil).toBe("2026-07-18");
    expect(rows(after, "steps")).toEqual([
      "EXFOLIATION_PHYSICAL 2026-07-18 home never aftercare.pause-actives",
      "EXTRACTION 2026-07-22 home never aftercare.extraction-sites",
      "STEAM 2026-07-17 home never aftercare.no-heat",
      "WAXING 2026-07-22 home never aftercare.no-hair-removal",
    ]);
    expect(rows(after, "ingredients")).toEqual([
      "essential-oils 2026-07-18 home never aftercare.gentle-products",
      "fragrance 2026-07-18 home never aftercare.gentle-products",
    ]);
    expect(after.actives.map((entry) => entry.key).sort()).toEqual(["acne-treatments", "exfoliating-acids", "retinoids", "vitamin-c"]);
  });

  it("a retinoid user pauses for five days; an LED-only visit opens nothing", () => {
    const user = model(
      { actives: { topicalRetinoid: { status: "current", products: ["tretinoin"] } } },
      { performedSteps: ["EXTRACTION"] },
    );
    expect(user.activesPauseUntil).toBe("2026-07-20");
    expect(model({}, { performedSteps: LED_ONLY }).activesPauseUntil).toBeNull();
  });
});

describe("the esthetician's analysis takes precedence", () => {
  it("her skin type replaces the client's, with the reason", () => {
    const assessed = model({ skin: { type: "sensitive" } }, { analysis: { skinType: "oily", fitzpatrick: "", observed: [] } });
    expect(assessed.ingredients).toEqual([]);
    expect(assessed.precedence).toEqual([
      {
        field: "skin type",
        client: "sensitive",
        esthetician: "oily",
        reason: "Your esthetician assessed your skin as oily today (you described it as sensitive).",
      },
    ]);
  });

  it("an assessed phototype ends the 'not sure' patch test; observed rosacea adds its avoidances", () => {
    const unsure = model({ skin: { fitzpatrick: "not-sure" } });
    expect(unsure.patchTests.map((advice) => advice.ruleId)).toEqual(["phototype-patch-test"]);
    const assessed = model({ skin: { fitzpatrick: "not-sure" } }, { analysis: { skinType: "", fitzpatrick: "II", observed: ["rosacea"] } });
    expect(assessed.patchTests).toEqual([]);
    expect(assessed.steps.some((entry) => entry.reason.ruleId === "rosacea-heat-exfoliation")).toBe(true);
    expect(assessed.precedence.map((note) => note.field)).toEqual(["phototype", "observed"]);
  });
});

describe("patch tests and clearances", () => {
  it("sensitive skin, allergies, keloids and darker phototypes each call for a patch test", () => {
    const all = model({
      skin: { type: "sensitive", fitzpatrick: "IV" },
      skinHistory: { keloids: true },
      allergies: { ingredients: ["latex"] },
    });
    expect(all.patchTests.map((advice) => [advice.ruleId, advice.appliesTo])).toEqual([
      ["sensitive-skin-new-products", "products"],
      ["phototype-patch-test", "peels"],
      ["keloid-patch-test", "peels"],
      ["allergy-patch-test", "products"],
    ]);
  });
});

describe("serviceBlock: whether a service can be booked on a date", () => {
  const stopped = model({ actives: { isotretinoin: { status: "stopped", lastUsedOn: "2026-03-01" } } });
  it.each([
    [DEEP_PORE_FACIAL, VISIT, "2026-09-01"],
    [DEEP_PORE_FACIAL, "2026-08-31", "2026-09-01"],
    [DEEP_PORE_FACIAL, "2026-09-01", null],
    [LED_ONLY, VISIT, null],
    [SALICYLIC_PEEL, VISIT, "2026-09-01"],
  ])("%j on %s → until %s", (steps, date, until) => {
    expect(serviceBlock(stopped, steps, date)?.until ?? null).toBe(until);
  });

  it("until cleared when any blocking condition has no end date; the reasons name each rule once", () => {
    const block = serviceBlock(model({ pregnancy: { pregnant: true } }), SALICYLIC_PEEL, VISIT);
    expect(block?.until).toBe("cleared");
    expect(block?.steps.sort()).toEqual(["EXFOLIATION_CHEMICAL", "PEEL"]);
    expect(block!.reasons.map((reason) => reason.ruleId)).toEqual(["pregnancy-salicylic-peel"]);
  });

  it("a visit-only pause blocks the visit but not a date after it", () => {
    const user = model({ actives: { ahaBha: { status: "stopped", lastUsedOn: "2026-07-14" } } });
    expect(serviceBlock(user, SALICYLIC_PEEL, VISIT)?.until).toBe("2026-07-20");
    expect(serviceBlock(user, SALICYLIC_PEEL, "2026-07-20")).toBeNull();
  });
});

describe("allowedFrom", () => {
  const after = model({ pregnancy: { pregnant: true } }, { performedSteps: ["EXTRACTION"] });
  it.each([
    [{ actives: ["vitamin-c"] as const }, "2026-07-18"],
    [{ actives: ["retinoids"] as const }, "cleared"],
    [{ ingredients: ["glycolic-acid"] }, "cleared"],
    [{ ingredients: ["lanolin"] }, VISIT],
    [{ steps: ["EXTRACTION"] as const }, "2026-07-22"],
  ])("%j → %s", (tags, expected) => {
    expect(allowedFrom(after, tags, "home", VISIT)).toBe(expected);
  });
});

// The booking flow computes the model once, for today, and asks about later dates: that is only
// sound if windows only ever end. For any answers, a model computed earlier agrees with one computed
// on the date asked about.
describe("a model computed earlier answers for later dates", () => {
  const dateIn2026 = fc.integer({ min: 0, max: 200 }).map((days) => addDays("2026-01-01", days));
  it("serviceBlock(model(d1), s, d2) agrees with serviceBlock(model(d2), s, d2) for d1 ≤ d2", () => {
    fc.assert(
      fc.property(
        fc.record({
          isotretinoin: fc.option(dateIn2026, { nil: undefined }),
          retinoid: fc.option(dateIn2026, { nil: undefined }),
          waxed: fc.option(dateIn2026, { nil: undefined }),
          botox: fc.option(dateIn2026, { nil: undefined }),
          tanned: fc.option(dateIn2026, { nil: undefined }),
          d1: dateIn2026,
          gap: fc.integer({ min: 0, max: 250 }),
        }),
        fc.constantFrom(DEEP_PORE_FACIAL, SALICYLIC_PEEL, LED_ONLY),
        (case_, steps) => {
          const answers: DeepPartial<IntakeAnswers> = {
            actives: {
              isotretinoin: case_.isotretinoin ? { status: "stopped", lastUsedOn: case_.isotretinoin } : { status: "no" },
              topicalRetinoid: case_.retinoid
                ? { status: "stopped", lastUsedOn: case_.retinoid, products: [] }
                : { status: "no", products: [] },
            },
            hairRemoval: { waxing: case_.waxed ? { yes: true, date: case_.waxed } : { yes: false } },
            procedures: { botox: case_.botox ? { yes: true, date: case_.botox, areas: ["forehead"] } : { yes: false, areas: [] } },
            lifestyle: { tanning: case_.tanned ? { yes: true, date: case_.tanned } : { yes: false } },
          };
          const d2 = addDays(case_.d1, case_.gap);
          const early = computeAvoidModel({ intake: buildIntakeAnswers(answers), visitDate: case_.d1 });
          const late = computeAvoidModel({ intake: buildIntakeAnswers(answers), visitDate: d2 });
          expect(serviceBlock(early, steps, d2)?.until ?? null).toBe(serviceBlock(late, steps, d2)?.until ?? null);
        },
      ),
      { numRuns: 300 },
    );
  }, 30_000);
});
