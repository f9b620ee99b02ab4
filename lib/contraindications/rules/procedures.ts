import { latestDate } from "@/lib/dates/local-date";
import { ALL_EXFOLIATION, CHEMICAL, EXTRACTION, PRESSURE } from "../steps";
import type { Rule, RuleContext, RuleMatch } from "../types";
import { inLastDays, lessThanDays } from "../windows";
import { datesOfTicked, describeAreas, factsRow } from "./shared";

const HAIR_REMOVAL_ROW = factsRow("waxing, laser hair removal, dermaplaning in last 5–7 days");
const PROCEDURE_ROW = factsRow("microneedling, ablative laser, surgery in last 2–4 weeks");
const INJECTABLES_ROW = factsRow("botulinum toxin < 14 days, filler < 21 days");

// Threading and depilatories are asked too, but the row names only these three.
function hairRemoval({ intake, visitDate, options }: RuleContext): RuleMatch | null {
  const { waxing, laserHairRemoval, dermaplaning } = intake.hairRemoval;
  const last = latestDate(datesOfTicked([waxing, laserHairRemoval, dermaplaning]));
  const window = last && inLastDays("last waxing, laser hair removal or dermaplaning", last, options.hairRemovalDays, visitDate);
  return window ? { window, detail: `last on ${last}` } : null;
}

function skinProcedure({ intake, visitDate, options }: RuleContext): RuleMatch | null {
  const { microneedling, laserAblative, facialSurgery } = intake.procedures;
  const last = latestDate(datesOfTicked([microneedling, laserAblative, facialSurgery]));
  const days = options.procedureRecoveryWeeks * 7;
  const window = last && inLastDays("last microneedling, ablative laser or facial surgery", last, days, visitDate);
  return window ? { window, detail: `last on ${last}` } : null;
}

function injectable(kind: "botox" | "fillers", days: number, basis: string) {
  return ({ intake, visitDate }: RuleContext): RuleMatch | null => {
    const { yes, date, areas } = intake.procedures[kind];
    const window = yes && date ? lessThanDays(basis, date, days, visitDate) : null;
    return window && { window, detail: `${basis} ${date}, ${describeAreas(areas)}` };
  };
}

export const procedureRules: Rule[] = [
  {
    id: "hair-removal-recent",
    name: "Recent waxing, laser hair removal or dermaplaning",
    clientReason: "you've had hair removal or dermaplaning on your face in the last week",
    severity: "BLOCK",
    steps: CHEMICAL,
    staffReason: "Waxing, laser hair removal or dermaplaning in the last days: no peel or chemical exfoliation",
    clientMessage:
      "Because you've had hair removal or dermaplaning on your face very recently, we'll leave out peels and exfoliating acids for a few days so your skin isn't irritated.",
    source: HAIR_REMOVAL_ROW,
    match: hairRemoval,
  },
  {
    id: "skin-procedure-recent",
    name: "Recent microneedling, ablative laser or surgery",
    clientReason: "your skin is still healing from a recent procedure",
    severity: "BLOCK",
    steps: [...ALL_EXFOLIATION, ...EXTRACTION],
    staffReason: "Microneedling, ablative laser or facial surgery in the last weeks: no peel, exfoliation or extraction",
    clientMessage:
      "Your skin is still healing from a recent treatment, so we'll leave out peels, exfoliation and extractions until it has fully recovered.",
    source: PROCEDURE_ROW,
    match: skinProcedure,
  },
  {
    id: "botox-recent",
    name: "Botulinum toxin within 14 days",
    clientReason: "you've had anti-wrinkle injections in the last two weeks",
    severity: "BLOCK",
    steps: PRESSURE,
    staffReason: "Botulinum toxin less than 14 days ago: no massage or pressure on the treated areas",
    clientMessage:
      "Because you've had anti-wrinkle injections in the last two weeks, we won't massage or press on the treated areas, so the results stay where they should.",
    source: INJECTABLES_ROW,
    match: injectable("botox", 14, "botulinum toxin"),
  },
  {
    id: "filler-recent",
    name: "Filler within 21 days",
    clientReason: "you've had fillers in the last three weeks",
    severity: "BLOCK",
    steps: PRESSURE,
    staffReason: "Filler less than 21 days ago: no massage or pressure on the treated areas",
    clientMessage: "Because you've had fillers in the last three weeks, we won't massage or press on the treated areas while they settle.",
    source: INJECTABLES_ROW,
    match: injectable("fillers", 21, "filler"),
  },
];
