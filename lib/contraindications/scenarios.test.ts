import { describe, expect, it } from "vitest";
import { buildIntakeAnswers } from "@/tests/support/intake";
import { blockedSteps, blocksService, evaluateContraindications, flagsBySeverity, flagsForIngredients } from "./evaluate";
import { resolveContraindicationOptions } from "./options";
import { RULESET, RULESET_VERSION } from "./ruleset";
import { DEEP_PORE_FACIAL, LED_ONLY, SALICYLIC_PEEL, VISIT, flagById, flagsFor } from "@/tests/support/contraindications";

describe("a pregnant client with rosacea books the deep pore cleansing facial", () => {
  // The e2e journey relies on exactly these flags.
  const flags = flagsFor({ pregnancy: { pregnant: true }, skinHistory: { rosacea: true } }, { steps: DEEP_PORE_FACIAL });

  // Most serious first; within a severity, in the ruleset's order.
  it("gets steam and scrubs blocked, the provider advice and the dermatologist advice", () => {
    expect(flags.map((flag) => [flag.id, flag.severity, flag.affectedSteps])).toEqual([
      ["pregnancy-ingredients", "BLOCK", "PRODUCTS"],
      ["rosacea-heat-exfoliation", "BLOCK", ["STEAM", "EXFOLIATION_PHYSICAL"]],
      ["pregnancy-microdermabrasion", "CLEARANCE", ["EXFOLIATION_PHYSICAL"]],
      ["pregnancy-steam", "CAUTION", ["STEAM"]],
      ["pregnancy-consult-provider", "CAUTION", "WHOLE_SERVICE"],
      ["rosacea-gentle-technique", "CAUTION", ["EXTRACTION"]],
      ["rosacea-consult-dermatologist", "CAUTION", "WHOLE_SERVICE"],
    ]);
    expect(blockedSteps(flags)).toEqual(["STEAM", "EXFOLIATION_PHYSICAL"]);
    expect(blocksService(flags)).toBe(true);
    expect(flagById(flags, "pregnancy-consult-provider")?.clientMessage).toMatch(/check with your doctor or midwife/);
  });

  it("keeps products with retinoids or hydroquinone out", () => {
    expect(flagsForIngredients(flags, ["glycolic-acid", "retinoids"]).map((flag) => flag.id)).toEqual(["pregnancy-ingredients"]);
    expect(flagsForIngredients(flags, ["vitamin-c"])).toEqual([]);
  });
});

describe("the salicylic acid peel", () => {
  it("is blocked for a pregnant client", () => {
    const flags = flagsFor({ pregnancy: { pregnant: true } }, { steps: SALICYLIC_PEEL });
    expect(flagById(flags, "pregnancy-salicylic-peel")?.affectedSteps).toEqual(["PEEL", "EXFOLIATION_CHEMICAL"]);
    expect(blocksService(flags)).toBe(true);
  });

  it("warns about salicylic acid for an aspirin allergy, with a patch test first", () => {
    const flags = flagsFor({ allergies: { ingredients: ["aspirin"] } }, { steps: SALICYLIC_PEEL });
    expect(flags.map((flag) => flag.id)).toEqual(["allergy-patch-test", "aspirin-allergy-salicylic"]);
    expect(flagsForIngredients(flags, ["salicylic-acid"]).map((flag) => flag.severity)).toEqual(["CAUTION"]);
    expect(blocksService(flags)).toBe(false);
  });

  it("needs clearance for a client with cold sores and blood thinners, but the deep pore facial does not", () => {
    const answers = { skinHistory: { coldSores: { yes: true, date: "2025-01-10" } }, medical: { bloodThinners: { yes: true } } };
    const peel = flagsFor(answers, { steps: SALICYLIC_PEEL });
    expect(flagsBySeverity(peel).CLEARANCE.map((flag) => flag.id)).toEqual(["blood-thinners-peel", "hsv-history-peel"]);
    expect(flagsBySeverity(flagsFor(answers, { steps: DEEP_PORE_FACIAL })).CLEARANCE).toEqual([]);
  });
});

describe("what a flag affects depends on the service", () => {
  it("rosacea on an LED-only service gives no BLOCK", () => {
    const flags = flagsFor({ skinHistory: { rosacea: true } }, { steps: LED_ONLY });
    expect(flags.map((flag) => flag.id)).toEqual(["rosacea-consult-dermatologist"]);
    expect(blocksService(flags)).toBe(false);
  });

  it("isotretinoin blocks only the deep pore facial's scrub, and the whole of the peel's chemistry", () => {
    const answers = { actives: { isotretinoin: { status: "current" as const } } };
    expect(blockedSteps(flagsFor(answers, { steps: DEEP_PORE_FACIAL }))).toEqual(["EXFOLIATION_PHYSICAL"]);
    expect(blockedSteps(flagsFor(answers, { steps: SALICYLIC_PEEL }))).toEqual(["PEEL", "EXFOLIATION_CHEMICAL"]);
  });

  it("an infection postpones any service", () => {
    const flags = flagsFor({ currentHealth: { fever: true } }, { steps: LED_ONLY });
    expect(flags[0]?.affectedSteps).toBe("WHOLE_SERVICE");
    expect(blocksService(flags)).toBe(true);
  });

  it("blocksService can ask about another service's steps", () => {
    const flags = flagsFor({ skinHistory: { rosacea: true } });
    expect(blocksService(flags, DEEP_PORE_FACIAL)).toBe(true);
    expect(blocksService(flags, LED_ONLY)).toBe(false);
  });

  it("an allergen rules products out but does not stop the booking", () => {
    const flags = flagsFor({ allergies: { ingredients: ["fragrance"] } }, { steps: DEEP_PORE_FACIAL });
    expect(blocksService(flags)).toBe(false);
    expect(flagsForIngredients(flags, ["fragrance", "parabens"]).map((flag) => flag.id)).toEqual(["allergen-products"]);
  });
});

describe("options", () => {
  const pregnant = { pregnancy: { pregnant: true } };

  it("pregnancy steam can be blocked or allowed", () => {
    const block = flagById(flagsFor(pregnant, { options: { pregnancySteam: "BLOCK" } }), "pregnancy-steam");
    expect(block?.severity).toBe("BLOCK");
    expect(flagById(flagsFor(pregnant, { options: { pregnancySteam: "ALLOW" } }), "pregnancy-steam")).toBeUndefined();
  });

  it("defaults to the conservative end and refuses values outside FACTS.md's ranges", () => {
    expect(resolveContraindicationOptions()).toEqual({
      activesStopDays: 5,
      hairRemovalDays: 7,
      procedureRecoveryWeeks: 4,
      pregnancySteam: "CAUTION",
    });
    for (const bad of [{ activesStopDays: 2 }, { activesStopDays: 15 }, { hairRemovalDays: 8 }, { procedureRecoveryWeeks: 1 }]) {
      expect(() => resolveContraindicationOptions(bad)).toThrow();
    }
  });
});

describe("the ruleset", () => {
  // The first column of FACTS.md's contraindications table, row by row.
  const FACTS_ROWS = [
    "active infection, fever, open sores, active cold sore, conjunctivitis",
    "history of cold sores (HSV)",
    "isotretinoin now or stopped < 6 months",
    "topical retinoids, AHA/BHA in the last 5 days (sources range 3–14)",
    "pregnant or nursing",
    "rosacea, dilated capillaries",
    "eczema, psoriasis, dermatitis flare",
    "sunburn, windburn, tanning in the last week",
    "waxing, laser hair removal, dermaplaning in last 5–7 days",
    "microneedling, ablative laser, surgery in last 2–4 weeks",
    "botulinum toxin < 14 days, filler < 21 days",
    "allergies; keloid history; Fitzpatrick III–VI",
    "blood thinners",
    "diabetes",
    "pacemaker, metal implants",
    "sensitive skin",
  ].map((row) => `FACTS.md: contraindications table, row "${row}"`);

  it("encodes every row of the table, and only those", () => {
    expect(new Set(RULESET.map((rule) => rule.source))).toEqual(new Set(FACTS_ROWS));
  });

  it("has unique ids and a version", () => {
    expect(new Set(RULESET.map((rule) => rule.id)).size).toBe(RULESET.length);
    const result = evaluateContraindications({ intake: buildIntakeAnswers(), steps: LED_ONLY, visitDate: VISIT });
    expect(result).toEqual({ rulesetVersion: RULESET_VERSION, flags: [] });
  });

  it("does not change the answers it reads, and gives the same flags every time", () => {
    const intake = buildIntakeAnswers({ pregnancy: { pregnant: true }, skinHistory: { rosacea: true } });
    const before = structuredClone(intake);
    const run = () => evaluateContraindications({ intake, steps: DEEP_PORE_FACIAL, visitDate: VISIT });
    expect(run()).toEqual(run());
    expect(intake).toEqual(before);
  });

  it("groups by severity with every severity present", () => {
    expect(Object.keys(flagsBySeverity([]))).toEqual(["BLOCK", "CLEARANCE", "PATCH_TEST", "CAUTION"]);
  });
});
