import { describe, expect, it } from "vitest";
import { computeAvoidModel } from "@/lib/contraindications";
import { judgeService } from "@/lib/booking/eligibility-rules";
import type { DeepPartial } from "@/lib/intake/draft";
import type { IntakeAnswers } from "@/lib/intake/schema";
import { buildIntakeAnswers } from "@/tests/support/intake";
import { planFor } from "@/tests/support/homecare";
import { EVERY_STEP } from "@/tests/support/contraindications";

/**
 * What the client reads for each row of FACTS.md's contraindications table, word for word: the
 * refusal when booking a treatment with every step online, what to do before the visit, and the
 * plan's "What to avoid" after a deep pore facial. Written out by hand so a change of wording is a
 * deliberate change of this table; none of it may name a rule, a severity or a source.
 */
const VISIT = "2030-03-12";
const SPA = { id: "spa", name: "Glow Spa", phone: "+1 212 555 0100", email: "hello@glow.test" };
const CALL =
  "Please call Glow Spa on +1 212 555 0100 or email hello@glow.test: we'll gladly find a treatment or a date that is right for your skin.";

interface Row {
  row: string;
  answers: DeepPartial<IntakeAnswers>;
  refusal: string | null;
  before: string[];
  avoid: string[];
}

const ROWS: Row[] = [
  {
    row: "active infection, fever, open sores, active cold sore, conjunctivitis",
    answers: { currentHealth: { fever: true } },
    refusal: `The Signature Facial is not bookable online for you until it has fully cleared, because you told us you're unwell or have an infection, an open sore, a cold sore or an eye infection right now. ${CALL}`,
    before: [],
    avoid: [],
  },
  {
    row: "history of cold sores (HSV)",
    answers: { skinHistory: { coldSores: { yes: true, date: "2029-06-01" } } },
    refusal: null,
    before: [
      "Because you've had cold sores, a deeper peel can trigger one. If your treatment includes a deeper peel, we'll need your doctor's OK first (they may suggest a preventive medicine).",
    ],
    avoid: [],
  },
  {
    row: "isotretinoin now or stopped < 6 months",
    answers: { actives: { isotretinoin: { status: "stopped", lastUsedOn: "2030-01-10" } } },
    refusal: `The Signature Facial is not bookable online until July 10, 2030, because you take isotretinoin (an acne medicine) or stopped it less than six months ago. ${CALL}`,
    before: [],
    avoid: [
      "Avoid exfoliating acids (AHA/BHA), scrubs and other physical exfoliation, at-home peels and facial waxing until July 10, 2030.",
    ],
  },
  {
    row: "topical retinoids, AHA/BHA in the last 5 days (sources range 3–14)",
    answers: { actives: { topicalRetinoid: { status: "stopped", lastUsedOn: "2030-03-10", products: ["retinol"] } } },
    refusal: `The Signature Facial is not bookable online until March 16, 2030, because you've used a retinoid or exfoliating acids in the last few days. ${CALL}`,
    before: [],
    avoid: [],
  },
  {
    row: "pregnant or nursing",
    answers: { pregnancy: { nursing: true } },
    refusal: `The Signature Facial is not bookable online for you while you're pregnant or breastfeeding. ${CALL}`,
    before: [
      "If your treatment would include microdermabrasion, we'll need your doctor's OK first while you're pregnant or breastfeeding. A gentle exfoliation doesn't need it.",
    ],
    avoid: [
      "Avoid salicylic acid (BHA), willow bark extract and methyl salicylate (wintergreen) while you're pregnant or breastfeeding.",
      "Avoid retinoids (retinol, tretinoin, adapalene) and hydroquinone while you're pregnant or breastfeeding.",
      "Avoid exfoliating acids (AHA/BHA) and at-home peels while you're pregnant or breastfeeding.",
      "Avoid electrical facial devices (microcurrent, galvanic, high frequency) while you're pregnant or breastfeeding.",
    ],
  },
  {
    row: "rosacea, dilated capillaries",
    answers: { skinHistory: { dilatedCapillaries: true } },
    refusal: `The Signature Facial is not bookable online for you while your skin is prone to redness, because you have rosacea or visible redness. ${CALL}`,
    before: [],
    avoid: [
      "Avoid fragrance (parfum) and essential oils while your skin is prone to redness.",
      "Avoid exfoliating acids (AHA/BHA) while your skin is prone to redness.",
      "Avoid steam and heat (facial steaming, sauna, steam room) and at-home peels while your skin is prone to redness.",
      "Avoid scrubs and other physical exfoliation while your skin is prone to redness.",
    ],
  },
  {
    row: "eczema, psoriasis, dermatitis flare",
    answers: { skinHistory: { eczemaPsoriasisDermatitis: { yes: true, flaringNow: true, areas: ["cheeks"] } } },
    refusal: `The Signature Facial is not bookable online for you until the flare has settled, because your eczema, psoriasis or dermatitis is flaring. ${CALL}`,
    before: [],
    avoid: [
      "Avoid exfoliating acids (AHA/BHA) until the flare has settled.",
      "Avoid steam and heat (facial steaming, sauna, steam room) until the flare has settled.",
      "Avoid at-home peels until the flare has settled.",
      "Avoid scrubs and other physical exfoliation until the flare has settled.",
    ],
  },
  {
    row: "sunburn, windburn, tanning in the last week",
    answers: { lifestyle: { sunburn: true } },
    refusal: `The Signature Facial is not bookable online for you until your skin has healed, because your skin is sunburnt or windburnt. ${CALL}`,
    before: [],
    avoid: [
      "Avoid exfoliating acids (AHA/BHA), steam and heat (facial steaming, sauna, steam room), scrubs and other physical exfoliation and at-home peels until your skin has healed.",
    ],
  },
  {
    row: "waxing, laser hair removal, dermaplaning in last 5–7 days",
    answers: { hairRemoval: { waxing: { yes: true, date: "2030-03-09" } } },
    refusal: `The Signature Facial is not bookable online until March 17, 2030, because you've had hair removal or dermaplaning on your face in the last week. ${CALL}`,
    before: [],
    avoid: [],
  },
  {
    row: "microneedling, ablative laser, surgery in last 2–4 weeks",
    answers: { procedures: { microneedling: { yes: true, date: "2030-03-01" } } },
    refusal: `The Signature Facial is not bookable online until March 30, 2030, because your skin is still healing from a recent procedure. ${CALL}`,
    before: [],
    avoid: [
      "Avoid exfoliating acids (AHA/BHA), scrubs and other physical exfoliation, squeezing or extracting spots and at-home peels until March 30, 2030.",
    ],
  },
  {
    row: "botulinum toxin < 14 days, filler < 21 days",
    answers: { procedures: { botox: { yes: true, date: "2030-03-05", areas: ["forehead"] } } },
    refusal: `The Signature Facial is not bookable online until March 19, 2030, because you've had anti-wrinkle injections in the last two weeks. ${CALL}`,
    before: [],
    avoid: ["Avoid squeezing or extracting spots and facial massage or pressure on treated areas until March 19, 2030."],
  },
  {
    row: "allergies; keloid history; Fitzpatrick III–VI",
    answers: { allergies: { ingredients: ["lanolin"], other: "peanut oil" }, skinHistory: { keloids: true }, skin: { fitzpatrick: "IV" } },
    refusal: null,
    before: [
      "Before a peel or exfoliating acid, we'll do a small patch test to make sure your skin tone stays even afterwards.",
      "Because your skin can form raised scars, we'll do a small patch test before any peel or exfoliating acid.",
      "Because of your allergies, we'll test products on a small patch of skin before using them on your face.",
    ],
    avoid: ["Avoid nut oils and lanolin for as long as you have these allergies."],
  },
  {
    row: "blood thinners",
    answers: { medical: { bloodThinners: { yes: true, details: "warfarin" } } },
    refusal: null,
    before: [
      "Because you take a blood thinner, we'll need a note from your doctor saying a peel is fine for you before we can include one.",
    ],
    avoid: [],
  },
  // Staff-side only: gentle or no extraction, no aggressive exfoliation (the chart's cautions).
  { row: "diabetes", answers: { medical: { conditions: ["diabetes"] } }, refusal: null, before: [], avoid: [] },
  {
    row: "pacemaker, metal implants",
    answers: { devices: { pacemaker: true } },
    refusal: `The Signature Facial is not bookable online for you for as long as you have the implant, because you have a pacemaker or a metal implant. ${CALL}`,
    before: [],
    avoid: ["Avoid electrical facial devices (microcurrent, galvanic, high frequency) for as long as you have the implant."],
  },
  {
    row: "sensitive skin",
    answers: { skin: { type: "sensitive" } },
    refusal: null,
    before: ["Because your skin is sensitive, we'll test any product that is new to you on a small patch of skin first."],
    avoid: [
      "Avoid fragrance (parfum) and essential oils while your skin is sensitive.",
      "Avoid scrubs and other physical exfoliation while your skin is sensitive.",
    ],
  },
];

describe("the client-facing wording of each FACTS.md contraindication row", () => {
  it("covers every row of the table", () => {
    expect(ROWS).toHaveLength(16);
  });

  it.each(ROWS)(
    "$row",
    ({ answers, refusal, before, avoid }) => {
      const model = computeAvoidModel({ intake: buildIntakeAnswers(answers), visitDate: VISIT });
      const judged = judgeService(model, { name: "Signature Facial", steps: EVERY_STEP, location: SPA }, VISIT);
      expect(judged.message).toBe(refusal);
      expect(judged.nextSteps).toEqual(before);
      const plan = planFor(answers);
      expect(plan.sections.avoid.map((line) => line.text)).toEqual(avoid);
      for (const text of [judged.message ?? "", ...judged.nextSteps, ...plan.sections.avoid.flatMap((line) => [line.text, line.reason])]) {
        expect(text).not.toMatch(/FACTS|BLOCK|CAUTION|PATCH_TEST|CLEARANCE|contraindicat|-recent|\.md/);
      }
    },
    20_000,
  );
});
