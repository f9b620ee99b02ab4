import { latestDate } from "@/lib/dates/local-date";
import type { IntakeAnswers } from "@/lib/intake/schema";
import { ALL_EXFOLIATION, CHEMICAL, EXTRACTION, PEELS, WAXING } from "../steps";
import type { Rule, RuleContext, RuleMatch } from "../types";
import { inLastDays, lessThanMonths } from "../windows";
import { factsRow } from "./shared";

const ISOTRETINOIN_ROW = factsRow("isotretinoin now or stopped < 6 months");
const ACTIVES_ROW = factsRow("topical retinoids, AHA/BHA in the last 5 days (sources range 3–14)");
const BLOOD_THINNERS_ROW = factsRow("blood thinners");

/** Isotretinoin taken now, or stopped less than six months before the visit. */
function isotretinoin({ intake, visitDate }: RuleContext): RuleMatch | null {
  const { status, lastUsedOn } = intake.actives.isotretinoin;
  if (status === "current") return { window: null, detail: "taking it now" };
  if (status !== "stopped" || !lastUsedOn) return null;
  const window = lessThanMonths("isotretinoin stopped", lastUsedOn, 6, visitDate);
  return window && { window, detail: `stopped ${lastUsedOn}` };
}

/** A topical retinoid or AHA/BHA used now, or last used within the configured days. */
function topicalActives({ intake, visitDate, options }: RuleContext): RuleMatch | null {
  const { topicalRetinoid, ahaBha } = intake.actives;
  const inUse = [topicalRetinoid, ahaBha].filter((active) => active.status === "current");
  if (inUse.length > 0) return { window: null, detail: `uses ${namesOf(intake, inUse)} now` };
  const last = latestDate([topicalRetinoid, ahaBha].map((active) => active.lastUsedOn));
  if (!last) return null;
  const window = inLastDays("last retinoid or AHA/BHA use", last, options.activesStopDays, visitDate);
  return window && { window, detail: `last used ${last}` };
}

function namesOf(intake: IntakeAnswers, actives: readonly unknown[]): string {
  const { topicalRetinoid, ahaBha } = intake.actives;
  const retinoid = topicalRetinoid.products.length > 0 ? topicalRetinoid.products.join("/") : "a topical retinoid";
  return [actives.includes(topicalRetinoid) && retinoid, actives.includes(ahaBha) && "AHA/BHA"].filter(Boolean).join(" and ");
}

function bloodThinners({ intake }: RuleContext): RuleMatch | null {
  const { yes, details } = intake.medical.bloodThinners;
  return yes ? { detail: details ? `takes ${details}` : "takes blood thinners" } : null;
}

export const medicationRules: Rule[] = [
  {
    id: "isotretinoin-recent",
    name: "Isotretinoin within 6 months: exfoliation and waxing",
    clientReason: "you take isotretinoin (an acne medicine) or stopped it less than six months ago",
    severity: "BLOCK",
    steps: [...WAXING, ...ALL_EXFOLIATION],
    staffReason: "Isotretinoin now or stopped less than 6 months ago: no waxing, peel, microdermabrasion, laser or exfoliation",
    clientMessage:
      "Because of your acne medicine (isotretinoin), your skin is more fragile than usual. We'll leave out waxing, peels and exfoliation until six months after you stop taking it.",
    source: ISOTRETINOIN_ROW,
    match: isotretinoin,
  },
  {
    id: "isotretinoin-extraction",
    name: "Isotretinoin within 6 months: extraction",
    clientReason: "you take isotretinoin (an acne medicine) or stopped it less than six months ago",
    severity: "CAUTION",
    steps: EXTRACTION,
    staffReason: "Isotretinoin now or stopped less than 6 months ago: extraction only gently, with caution",
    clientMessage: "Because of your acne medicine, we'll be extra gentle with any extractions.",
    source: ISOTRETINOIN_ROW,
    match: isotretinoin,
  },
  {
    id: "topical-actives-recent",
    name: "Recent retinoid or AHA/BHA use",
    clientReason: "you've used a retinoid or exfoliating acids in the last few days",
    severity: "BLOCK",
    steps: CHEMICAL,
    staffReason:
      "Topical retinoid or AHA/BHA used recently: no chemical exfoliation or peel; the client stops them again for the same number of days afterwards",
    clientMessage:
      "Because you use a retinoid or exfoliating acids, we can't do a peel or acid exfoliation unless you stop them for a few days beforehand. Please pause them again for a few days afterwards too.",
    source: ACTIVES_ROW,
    match: topicalActives,
  },
  {
    id: "blood-thinners-extraction",
    name: "Blood thinners: extraction",
    clientReason: "you take a blood thinner",
    severity: "CAUTION",
    steps: EXTRACTION,
    staffReason: "Blood thinners: bruising risk, gentle extraction only",
    clientMessage: "Because of your medication, we'll keep any extractions very gentle to avoid bruising.",
    source: BLOOD_THINNERS_ROW,
    match: bloodThinners,
  },
  {
    id: "blood-thinners-peel",
    name: "Blood thinners: peels",
    clientReason: "you take a blood thinner",
    severity: "CLEARANCE",
    steps: PEELS,
    staffReason: "Blood thinners: a peel needs the physician's approval",
    clientMessage:
      "Because you take a blood thinner, we'll need a note from your doctor saying a peel is fine for you before we can include one.",
    source: BLOOD_THINNERS_ROW,
    match: bloodThinners,
  },
];
