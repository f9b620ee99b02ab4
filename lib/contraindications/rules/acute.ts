import { ALL_EXFOLIATION, CHEMICAL, HEAT } from "../steps";
import type { Rule } from "../types";
import { inLastDays } from "../windows";
import { describeAreas, factsRow } from "./shared";

const INFECTION_ROW = factsRow("active infection, fever, open sores, active cold sore, conjunctivitis");
const SUN_ROW = factsRow("sunburn, windburn, tanning in the last week");
const FLARE_ROW = factsRow("eczema, psoriasis, dermatitis flare");
const SUN_SENSITIVE = [...HEAT, ...ALL_EXFOLIATION];

const CURRENT_HEALTH = {
  activeInfection: "skin infection",
  fever: "fever",
  openSores: "open sores",
  activeColdSore: "active cold sore",
  conjunctivitis: "conjunctivitis",
} as const;

export const acuteRules: Rule[] = [
  {
    id: "active-infection",
    name: "Acute or contagious condition",
    clientReason: "you told us you're unwell or have an infection, an open sore, a cold sore or an eye infection right now",
    severity: "BLOCK",
    steps: "WHOLE_SERVICE",
    staffReason: "Acute or contagious condition: postpone the whole treatment until it has cleared",
    clientMessage:
      "You told us you're unwell or have an infection, open sore, cold sore or eye infection right now. To keep you and others safe, let's move your facial to a day when it has fully cleared. Please get in touch and we'll find a new time.",
    source: INFECTION_ROW,
    match: ({ intake }) => {
      const reported = Object.entries(CURRENT_HEALTH).flatMap(([key, label]) =>
        intake.currentHealth[key as keyof typeof CURRENT_HEALTH] ? [label] : [],
      );
      return reported.length > 0 ? { detail: `reported: ${reported.join(", ")}` } : null;
    },
  },
  {
    id: "sunburn-windburn",
    name: "Sunburn or windburn",
    clientReason: "your skin is sunburnt or windburnt",
    severity: "BLOCK",
    steps: SUN_SENSITIVE,
    staffReason: "Sunburn or windburn: no steam, exfoliation or peel until healed",
    clientMessage:
      "Because your skin is sunburnt or windburnt, we'll leave out steam, exfoliation and peels until it has healed, so nothing irritates it further.",
    source: SUN_ROW,
    match: ({ intake }) => {
      const { sunburn, windburn } = intake.lifestyle;
      if (!sunburn && !windburn) return null;
      return { detail: [sunburn && "sunburn", windburn && "windburn"].filter(Boolean).join(" and ") };
    },
  },
  {
    id: "tanning-recent",
    name: "Tanning in the last week",
    clientReason: "you've tanned in the past week",
    severity: "BLOCK",
    steps: SUN_SENSITIVE,
    staffReason: "Tanning (bed or sun) in the last week: no steam, exfoliation or peel",
    clientMessage:
      "Because you've tanned in the past week, we'll leave out steam, exfoliation and peels for now, to keep your skin from getting irritated.",
    source: SUN_ROW,
    match: ({ intake, visitDate }) => {
      const { tanning } = intake.lifestyle;
      if (!tanning.yes || !tanning.date) return null;
      const window = inLastDays("last tanning", tanning.date, 7, visitDate);
      return window && { window, detail: `last tanned ${tanning.date}` };
    },
  },
  {
    id: "skin-flare-steam",
    name: "Eczema, psoriasis or dermatitis flare: steam",
    clientReason: "your eczema, psoriasis or dermatitis is flaring",
    severity: "BLOCK",
    steps: HEAT,
    staffReason: "Eczema, psoriasis or dermatitis flaring: no steam",
    clientMessage: "While your eczema, psoriasis or dermatitis is flaring, we'll skip steam so it doesn't aggravate your skin.",
    source: FLARE_ROW,
    match: ({ intake }) => flare(intake.skinHistory.eczemaPsoriasisDermatitis),
  },
  {
    id: "skin-flare-peel",
    name: "Eczema, psoriasis or dermatitis flare: peels and acids",
    clientReason: "your eczema, psoriasis or dermatitis is flaring",
    severity: "BLOCK",
    steps: CHEMICAL,
    staffReason: "Eczema, psoriasis or dermatitis flaring: no peel or chemical exfoliation until it has settled",
    clientMessage: "We'll hold off on peels and exfoliating acids until your skin has settled.",
    source: FLARE_ROW,
    match: ({ intake }) => flare(intake.skinHistory.eczemaPsoriasisDermatitis),
  },
  {
    id: "skin-flare-area",
    name: "Eczema, psoriasis or dermatitis flare: affected areas",
    clientReason: "your eczema, psoriasis or dermatitis is flaring",
    severity: "CAUTION",
    steps: "WHOLE_SERVICE",
    staffReason: "Eczema, psoriasis or dermatitis flaring: avoid the affected areas; suggest a dermatologist",
    clientMessage: "We'll work around the areas that are flaring. If the flare doesn't settle, it's worth seeing a dermatologist.",
    source: FLARE_ROW,
    match: ({ intake }) => flare(intake.skinHistory.eczemaPsoriasisDermatitis),
  },
];

function flare(condition: { yes: boolean; flaringNow: boolean; areas: Parameters<typeof describeAreas>[0] }) {
  return condition.yes && condition.flaringNow ? { detail: describeAreas(condition.areas) } : null;
}
