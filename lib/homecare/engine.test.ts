import { describe, expect, test } from "vitest";
import { PLAN_SECTIONS } from "./types";
import { buildIntakeAnswers } from "@/tests/support/intake";
import { avoidModelForPlan } from "./avoid-model";
import { buildHomecarePlan } from "./engine";
import { CATALOGUE, DEEP_PORE_STEPS, VISIT, ids, planFor, productNames, texts } from "@/tests/support/homecare";

describe("every plan", () => {
  const plan = planFor({});
  test("is versioned, dated and gives every line a reason and a source", () => {
    expect(plan.version).toMatch(/^\d{4}-\d{2}-\d{2}\.\d+$/);
    expect(plan.visitDate).toBe(VISIT);
    for (const section of PLAN_SECTIONS) {
      for (const line of plan.sections[section]) {
        expect(line.reason, line.id).not.toBe("");
        expect(line.source, line.id).toMatch(/FACTS\.md|Article|treatment note/);
        expect(line.rule, line.id).toMatch(/^[A-Z]/);
        expect(line.rule, line.id).not.toMatch(/FACTS/);
      }
    }
  });
  test("next visit 4–6 weeks later by default; actives resume 72 hours after extraction", () => {
    expect(plan.nextVisit).toMatchObject({ from: "2030-04-09", to: "2030-04-23" });
    expect(plan.activesResumeOn?.date).toBe("2030-03-15");
  });
  test("warning signs: expected redness and what to do when it persists", () => {
    expect(ids(plan.sections.warningSigns)).toEqual(["warning.expected", "warning.persistent"]);
  });
  test("line ids are unique within the plan", () => {
    const all = PLAN_SECTIONS.flatMap((section) => ids(plan.sections[section]));
    expect(new Set(all).size).toBe(all.length);
  });
});

const cases = [
  {
    name: "oily, acne-prone",
    patch: { skin: { type: "oily", concerns: ["acne", "blackheads"] } },
    // Salicylic acid is an active paused after the facial: the cleanser waits for it.
    cleanser: /^Until March 15, 2030, cleanse with a gentle cleanser\. From then on, a salicylic acid \(BHA\) cleanser/,
    weekly: ["weekly.exfoliate", "weekly.mask-clay"],
    exfoliation: /once or twice a week/,
    products: [
      "Gentle Milk Cleanser",
      "Clarifying BHA Toner",
      "Fragrance-free Hydrating Moisturiser",
      "Mineral Sunscreen SPF 30",
      "Tea Tree Purifying Clay Mask",
    ],
  },
  {
    name: "dry",
    patch: { skin: { type: "dry", concerns: ["dehydration"] } },
    cleanser: /cream or milk/,
    weekly: ["weekly.exfoliate"],
    exfoliation: /once or twice a week/,
    products: ["Gentle Milk Cleanser", "Lanolin Barrier Balm", "Mineral Sunscreen SPF 30"],
  },
  {
    name: "sensitive with rosacea",
    patch: { skin: { type: "sensitive", concerns: ["redness"] }, skinHistory: { rosacea: true } },
    cleanser: /fragrance-free/,
    weekly: ["weekly.exfoliate", "weekly.mask-soothing"],
    exfoliation: /^No exfoliation at home/,
    products: ["Gentle Milk Cleanser", "Fragrance-free Hydrating Moisturiser", "Mineral Sunscreen SPF 30", "Calming Oat Mask"],
  },
  {
    name: "pregnant",
    patch: { pregnancy: { pregnant: true }, skin: { type: "oily", concerns: ["acne", "fine-lines"] } },
    // Oily skin would get a salicylic acid cleanser; not while pregnant (the products leave it out too).
    cleanser: /^Cleanse with a gentle, non-stripping cleanser/,
    weekly: ["weekly.exfoliate", "weekly.mask-clay"],
    exfoliation: /mild scrub.*No exfoliating acids while you're pregnant or breastfeeding/,
    products: ["Gentle Milk Cleanser", "Fragrance-free Hydrating Moisturiser", "Mineral Sunscreen SPF 30", "Tea Tree Purifying Clay Mask"],
  },
  {
    name: "allergic to tea tree oil",
    patch: { skin: { type: "oily", concerns: ["blackheads"] }, allergies: { ingredients: ["tea-tree-oil"] } },
    cleanser: /salicylic/i,
    weekly: ["weekly.exfoliate", "weekly.mask-clay"],
    exfoliation: /once or twice a week/,
    products: ["Gentle Milk Cleanser", "Clarifying BHA Toner", "Fragrance-free Hydrating Moisturiser", "Mineral Sunscreen SPF 30"],
  },
  {
    name: "isotretinoin stopped two months ago",
    patch: {
      actives: { isotretinoin: { status: "stopped", lastUsedOn: "2030-01-10" } },
      skin: { type: "combination", concerns: ["acne"] },
    },
    cleanser: /^Cleanse with a gentle, non-stripping cleanser/,
    weekly: ["weekly.exfoliate", "weekly.mask-clay"],
    exfoliation: /^No exfoliation at home until July 10, 2030/,
    products: ["Gentle Milk Cleanser", "Fragrance-free Hydrating Moisturiser", "Mineral Sunscreen SPF 30", "Tea Tree Purifying Clay Mask"],
  },
] as const;

describe.each(cases)("$name", ({ patch, cleanser, weekly, exfoliation, products }) => {
  const plan = planFor(patch as never);
  test("routine by skin type and concerns", () => {
    expect(plan.sections.morningRoutine[0]!.text).toMatch(cleanser);
    expect(ids(plan.sections.morningRoutine)).toContain("am.spf");
  });
  test("weekly care at a safe frequency", () => {
    expect(ids(plan.sections.weekly)).toEqual(weekly);
    expect(plan.sections.weekly[0]!.text).toMatch(exfoliation);
  });
  test("products from the catalogue that suit and are safe", () => {
    expect(productNames(plan)).toEqual(products);
  });
});

describe("flags shape the plan", () => {
  test("rosacea: dermatologist advice, patch test, no exfoliation", () => {
    const plan = planFor({ skinHistory: { rosacea: true } });
    expect(ids(plan.sections.warningSigns)).toContain("warning.dermatologist");
    expect(ids(plan.sections.eveningRoutine)).toContain("pm.patch-test");
    expect(plan.sections.weekly[0]!.reason).toMatch(/redness|flushing/i);
  });
  test("pregnancy: no retinoid, hydroquinone or salicylic product; consult a provider", () => {
    const plan = planFor({ pregnancy: { nursing: true }, skin: { concerns: ["fine-lines", "blackheads"] } });
    expect(productNames(plan)).not.toContain("Retinol Night Serum");
    expect(productNames(plan)).not.toContain("Clarifying BHA Toner");
    expect(ids(plan.sections.warningSigns)).toContain("warning.pregnancy");
  });
  test("tea tree allergy: the reason says the product is free of it", () => {
    const plan = planFor({ allergies: { ingredients: ["tea-tree-oil"] } });
    expect(plan.sections.products.every((line) => /free of tea tree oil/.test(line.reason))).toBe(true);
  });
  test("isotretinoin: exfoliation waits for the window's end; the next visit starts when it ends", () => {
    const plan = planFor({ actives: { isotretinoin: { status: "stopped", lastUsedOn: "2029-10-20" } } });
    expect(plan.sections.weekly[0]!.text).toMatch(/^No exfoliation at home until April 20, 2030/);
    expect(plan.sections.weekly[0]!.reason).toMatch(/isotretinoin/i);
    expect(plan.nextVisit).toMatchObject({ from: "2030-04-20", to: "2030-04-23" });
    expect(plan.nextVisit.reason).toMatch(/Not before April 20, 2030\. Because you take isotretinoin/);
    expect(plan.nextVisit.reason).not.toMatch(/isotretinoin-recent/);
  });
  test("isotretinoin taken now: the treatment cannot be rebooked online until it is cleared, so the plan says to talk to us", () => {
    const plan = planFor({ actives: { isotretinoin: { status: "current" } } });
    expect(plan.nextVisit).toMatchObject({ bookable: false });
    expect(plan.nextVisit.reason).toMatch(/talk to us before booking/);
  });
  test("retinoid user: actives resume after 5 days, not 3", () => {
    const plan = planFor({ actives: { topicalRetinoid: { status: "current", products: ["tretinoin"] } } });
    expect(plan.activesResumeOn).toMatchObject({ date: "2030-03-17", exceptions: [] });
    expect(plan.activesResumeOn!.source).toMatch(/topical retinoids/);
  });
  test("a pregnant retinoid user is never told when to restart her retinoid: it stays off while she is pregnant, and says why", () => {
    const plan = planFor({ pregnancy: { pregnant: true }, actives: { topicalRetinoid: { status: "current", products: ["tretinoin"] } } });
    expect(plan.activesResumeOn!.resumes!.actives).not.toContain("retinoids");
    expect(plan.activesResumeOn!.exceptions).toContainEqual({
      label: "Retinoids (retinol, tretinoin, adapalene)",
      until: "cleared",
      text: "Retinoids (retinol, tretinoin, adapalene): not while you're pregnant or breastfeeding.",
      reason: "Because you're pregnant or breastfeeding.",
    });
    const pause = plan.sections.first72Hours.find((line) => line.id === "aftercare.pause-actives")!;
    expect(pause.text).toMatch(
      /^No scrubs, vitamin C or acne treatments until March 17, 2030, then ease back in\. No retinoids while you're pregnant or breastfeeding\./,
    );
  });
  test("aspirin allergy: salicylates listed to avoid, not recommended, and the cleanser is a gentle one", () => {
    const plan = planFor({ allergies: { ingredients: ["aspirin"] }, skin: { type: "oily" } });
    expect(productNames(plan)).not.toContain("Clarifying BHA Toner");
    expect(texts(plan.sections.avoid)).toMatch(
      /^Avoid salicylic acid \(BHA\), willow bark extract and methyl salicylate \(wintergreen\) unless your doctor says otherwise\.$/m,
    );
    expect(plan.sections.morningRoutine[0]!.text).toMatch(/^Cleanse with a gentle/);
  });
  test("an allergy typed in the client's words is matched to ingredients; one that matches nothing is a warning and needs label checks", () => {
    const typed = planFor({ allergies: { other: "wool wax" }, skin: { type: "dry", concerns: ["dehydration"] } });
    expect(productNames(typed)).not.toContain("Lanolin Barrier Balm");
    expect(texts(typed.sections.avoid)).toMatch(/Avoid lanolin for as long as you have this allergy\./);
    const unknown = planFor({ allergies: { other: "chamomile" } });
    expect(texts(unknown.sections.warningSigns)).toMatch(/"chamomile"/);
    expect(unknown.sections.products.every((line) => line.confirmation?.required.includes('"chamomile"'))).toBe(true);
    expect(ids(planFor({ allergies: { other: "none" } }).sections.warningSigns)).not.toContain("warning.other-allergy");
  });
});

describe("aftercare follows the steps actually performed", () => {
  test("with extraction: no makeup, no picking, no heat, actives paused, no hair removal", () => {
    expect(ids(planFor({}).sections.first72Hours)).toEqual([
      "aftercare.no-makeup",
      "aftercare.no-picking",
      "aftercare.no-heat",
      "aftercare.gentle-products",
      "aftercare.pause-actives",
      "aftercare.no-hair-removal",
      "aftercare.spf",
    ]);
  });
  test("extraction on the service but skipped: no extraction aftercare", () => {
    const plan = planFor({}, { skipped: ["EXTRACTION"] });
    expect(ids(plan.sections.first72Hours)).not.toContain("aftercare.no-makeup");
    expect(ids(plan.sections.first72Hours)).not.toContain("aftercare.no-picking");
    expect(plan.sections.first72Hours.find((line) => line.id === "aftercare.no-heat")!.reason).toMatch(/steam, physical exfoliation/);
  });
  test("a gentle visit (cleanse, mask, moisturise): only SPF, no actives pause, no expected purging", () => {
    const plan = planFor({}, { steps: ["CLEANSE", "MASK", "MOISTURISE"] });
    expect(ids(plan.sections.first72Hours)).toEqual(["aftercare.spf"]);
    expect(plan.activesResumeOn).toBeNull();
    expect(ids(plan.sections.warningSigns)).toEqual(["warning.persistent"]);
  });
  test("the skin's response from the note is quoted", () => {
    const plan = planFor({}, { skinResponse: "Mild redness on the nose." });
    expect(plan.sections.first72Hours.at(-1)).toMatchObject({ id: "aftercare.skin-response", text: expect.stringMatching(/Mild redness/) });
  });
  test("the default service steps are the deep pore facial's", () => {
    expect(DEEP_PORE_STEPS).toContain("EXTRACTION");
  });
});

describe("no home exfoliation where a flag forbids it", () => {
  test.each([
    [
      "an eczema flare",
      { skinHistory: { eczemaPsoriasisDermatitis: { yes: true, flaringNow: true, areas: ["cheeks"] } } },
      /eczema.*flaring/i,
    ],
    ["sunburn", { lifestyle: { sunburn: true } }, /sunburnt/],
    ["rosacea", { skinHistory: { rosacea: true } }, /redness|flushing/],
  ])("%s", (_name, patch, reason) => {
    const line = planFor(patch as never).sections.weekly[0]!;
    expect(line.text).toMatch(/^No exfoliation at home/);
    expect(line.reason).toMatch(reason);
  });
});

describe("products used in today's facial", () => {
  test("are preferred when they suit, and the reason says so", () => {
    const milk = CATALOGUE.find((p) => p.name === "Gentle Milk Cleanser")!;
    const intake = buildIntakeAnswers({ skin: { type: "normal", concerns: [] } });
    const note = { steps: [{ step: "CLEANSE" as const, performed: true }], productIds: [milk.id], skinResponse: "" };
    const plan = buildHomecarePlan({
      intake,
      note,
      avoid: avoidModelForPlan({ intake, visitDate: VISIT, note }),
      catalogue: CATALOGUE,
      visitDate: VISIT,
    });
    expect(plan.sections.products.find((line) => line.productId === milk.id)?.reason).toMatch(/used in your facial today/);
  });
});

describe("the esthetician's analysis takes precedence over the self-report", () => {
  test("her skin type drives the routine, and the reason says so", () => {
    const plan = planFor({ skin: { type: "dry", concerns: [] } }, { analysis: { skinType: "oily", fitzpatrick: "", observed: [] } });
    expect(plan.sections.morningRoutine[0]!.text).toMatch(/salicylic acid/);
    expect(plan.sections.morningRoutine[0]!.reason).toMatch(
      /^Your esthetician assessed your skin as oily today \(you described it as dry\)\./,
    );
  });
  test("rosacea she observes is treated as rosacea", () => {
    const plan = planFor({}, { analysis: { skinType: "", fitzpatrick: "", observed: ["rosacea"] } });
    expect(plan.sections.weekly[0]!.text).toMatch(/^No exfoliation at home/);
  });
});

describe("patch-test guidance where FACTS.md calls for it", () => {
  test.each([
    ["allergies", { allergies: { ingredients: ["latex"] } }, "Because of your allergies."],
    ["sensitive skin", { skin: { type: "sensitive" } }, "Because your skin is sensitive."],
    ["keloids", { skinHistory: { keloids: true } }, "Because your skin can form raised scars."],
    ["phototype IV", { skin: { fitzpatrick: "IV" } }, "Because your skin can mark or darken after strong products."],
  ])("%s", (_name, patch, reason) => {
    const line = planFor(patch as never).sections.eveningRoutine.find((l) => l.id === "pm.patch-test");
    expect(line?.text).toMatch(/^Patch-test any new product/);
    expect(line?.reason).toContain(reason);
  });
  test("none for a client FACTS.md gives no reason to", () => {
    expect(ids(planFor({}).sections.eveningRoutine)).not.toContain("pm.patch-test");
  });
});

describe("the note's skin response", () => {
  test("is not copied when it recommends something the client must avoid; the reviewer is told", () => {
    const plan = planFor({ pregnancy: { pregnant: true } }, { skinResponse: "Responded well; restart retinol tonight." });
    expect(ids(plan.sections.first72Hours)).not.toContain("aftercare.skin-response");
    expect(plan.reviewNotes?.[0]).toMatch(/skin response mentions Retinoids/);
  });
});
