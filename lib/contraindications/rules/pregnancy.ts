import { CHEMICAL, ELECTRICAL, HEAT, PHYSICAL_EXFOLIATION } from "../steps";
import type { Rule, RuleContext, RuleMatch } from "../types";
import { factsRow, pregnantOrNursing } from "./shared";

// Every rule here encodes one part of a single row.
const PREGNANCY_ROW = factsRow("pregnant or nursing");

function pregnancy({ intake }: RuleContext): RuleMatch | null {
  const state = pregnantOrNursing(intake);
  return state ? { detail: state } : null;
}

// "steam configurable": the spa chooses BLOCK, CAUTION (the default) or ALLOW (no flag).
function pregnancySteam(context: RuleContext): RuleMatch | null {
  const setting = context.options.pregnancySteam;
  const match = setting === "ALLOW" ? null : pregnancy(context);
  return match && { ...match, severity: setting === "BLOCK" ? "BLOCK" : "CAUTION" };
}

export const pregnancyRules: Rule[] = [
  {
    id: "pregnancy-ingredients",
    name: "Pregnant or nursing: products",
    clientReason: "you're pregnant or breastfeeding",
    severity: "BLOCK",
    steps: "PRODUCTS",
    ingredients: ["retinoids", "hydroquinone"],
    staffReason: "Pregnant or nursing: no retinoids and no hydroquinone in any product",
    clientMessage: "While you're pregnant or breastfeeding, we'll only use products that are suitable for you and your baby.",
    source: PREGNANCY_ROW,
    match: pregnancy,
  },
  {
    id: "pregnancy-salicylic-peel",
    name: "Pregnant or nursing: peels and acids",
    clientReason: "you're pregnant or breastfeeding",
    severity: "BLOCK",
    steps: CHEMICAL,
    staffReason: "Pregnant or nursing: no high-strength salicylic acid peel; leave out peels and chemical exfoliation",
    clientMessage: "While you're pregnant or breastfeeding, we'll leave out strong peels and exfoliating acids.",
    source: PREGNANCY_ROW,
    match: pregnancy,
  },
  {
    id: "pregnancy-electrical",
    name: "Pregnant or nursing: electrical devices",
    clientReason: "you're pregnant or breastfeeding",
    severity: "BLOCK",
    steps: ELECTRICAL,
    staffReason: "Pregnant or nursing: no electrical stimulation (galvanic, microcurrent, high frequency)",
    clientMessage: "While you're pregnant or breastfeeding, we won't use any electrical facial devices.",
    source: PREGNANCY_ROW,
    match: pregnancy,
  },
  {
    id: "pregnancy-microdermabrasion",
    name: "Pregnant or nursing: microdermabrasion",
    clientReason: "you're pregnant or breastfeeding",
    severity: "CLEARANCE",
    steps: PHYSICAL_EXFOLIATION,
    staffReason:
      "Pregnant or nursing: microdermabrasion (or laser) only with the physician's approval; a gentle manual exfoliation is not affected",
    clientMessage:
      "If your treatment would include microdermabrasion, we'll need your doctor's OK first while you're pregnant or breastfeeding. A gentle exfoliation doesn't need it.",
    source: PREGNANCY_ROW,
    match: pregnancy,
  },
  {
    id: "pregnancy-steam",
    name: "Pregnant or nursing: steam",
    clientReason: "you're pregnant or breastfeeding",
    severity: "CAUTION",
    steps: HEAT,
    staffReason:
      "Pregnant or nursing: steam as the spa has set it (BLOCK: leave it out; CAUTION: shorter, cooler, further away, stop if uncomfortable)",
    clientMessage: "While you're pregnant or breastfeeding, we'll keep steam short and gentle, or leave it out.",
    source: PREGNANCY_ROW,
    match: pregnancySteam,
  },
  {
    id: "pregnancy-consult-provider",
    name: "Pregnant or nursing: see the healthcare provider",
    clientReason: "you're pregnant or breastfeeding",
    severity: "CAUTION",
    steps: "WHOLE_SERVICE",
    staffReason:
      "Pregnant or nursing: advise the client to consult their healthcare provider; hydrating, LED and gentle extraction facials are the safer choices",
    clientMessage:
      "Before your facial, please check with your doctor or midwife that it's right for you. Hydrating, LED and gentle cleansing facials are the safest choices while you're pregnant or breastfeeding.",
    source: PREGNANCY_ROW,
    match: pregnancy,
  },
];
