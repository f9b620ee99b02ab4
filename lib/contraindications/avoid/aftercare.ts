import { addDays, type LocalDate } from "@/lib/dates/local-date";
import type { IngredientId } from "@/lib/intake/ingredients";
import type { TreatmentStep } from "../types";
import type { AvoidEntry, AvoidReason, StepKey } from "./types";
import type { ActiveId } from "./vocabulary";

export const AFTERCARE_SOURCE = 'FACTS.md: "Aftercare after a deep cleansing facial with extractions"';
const ACTIVES_ROW = 'FACTS.md: contraindications table, row "topical retinoids, AHA/BHA in the last 5 days (sources range 3–14)"';

/** Steps after which the skin is open or freshly exfoliated: heat, sweat and actives wait. */
export const OPENING_STEPS: readonly TreatmentStep[] = ["STEAM", "EXTRACTION", "EXFOLIATION_PHYSICAL", "EXFOLIATION_CHEMICAL", "PEEL"];
const EXFOLIATING_OR_EXTRACTING: readonly TreatmentStep[] = ["EXTRACTION", "EXFOLIATION_PHYSICAL", "EXFOLIATION_CHEMICAL", "PEEL"];

/** FACTS.md aftercare: actives wait 48–72 hours; the conservative end. */
export const ACTIVES_PAUSE_DAYS = 3;
/** FACTS.md row "topical retinoids, AHA/BHA in the last 5 days": "stop again for 5 days after". */
export const RETINOID_USER_PAUSE_DAYS = 5;
/** "No sauna, steam room, hot showers … for 24 hours": counted in whole days from the visit's date, so two. */
export const HEAT_PAUSE_DAYS = 2;
/** "Extraction sites heal in 5–7 days"; "no facial waxing, threading or shaving for 48 hours to one week". */
export const HEALING_DAYS = 7;
/** "Gentle, non-stripping cleanser and fragrance-free moisturiser for 72 hours". */
export const GENTLE_PRODUCTS_DAYS = 3;

/** The actives FACTS.md's aftercare pauses ("no scrubs, AHA/BHA, retinoids, vitamin C or acne treatments"). */
export const PAUSED_ACTIVES: readonly ActiveId[] = ["retinoids", "exfoliating-acids", "vitamin-c", "acne-treatments"];

function aftercareReason(ruleId: string, ruleName: string, clientReason: string, source = AFTERCARE_SOURCE): AvoidReason {
  return { ruleId, ruleName, clientReason, source, clearedWhen: null };
}

const SETTLE = "your skin needs time to settle after today's treatment";

/** The windows the steps performed today open, all at home. */
export function aftercareEntries(options: { visitDate: LocalDate; performed: ReadonlySet<TreatmentStep>; retinoidUser: boolean }) {
  const { visitDate, performed } = options;
  const ingredients: AvoidEntry<IngredientId>[] = [];
  const actives: AvoidEntry<ActiveId>[] = [];
  const steps: AvoidEntry<StepKey>[] = [];
  const home = (until: LocalDate, reason: AvoidReason) => ({ until, level: "never" as const, scope: "home" as const, reason });
  const opened = OPENING_STEPS.some((step) => performed.has(step));
  let pauseUntil: LocalDate | null = null;
  if (opened) {
    pauseUntil = addDays(visitDate, options.retinoidUser ? RETINOID_USER_PAUSE_DAYS : ACTIVES_PAUSE_DAYS);
    const pause = options.retinoidUser
      ? aftercareReason("aftercare.pause-actives", "Aftercare: pause actives (retinoid or AHA/BHA user: 5 days)", SETTLE, ACTIVES_ROW)
      : aftercareReason("aftercare.pause-actives", "Aftercare: pause actives", SETTLE);
    for (const active of PAUSED_ACTIVES) actives.push({ key: active, ...home(pauseUntil, pause) });
    steps.push({ key: "EXFOLIATION_PHYSICAL", ...home(pauseUntil, pause) });
    const heat = aftercareReason("aftercare.no-heat", "Aftercare: no heat for 24 hours", SETTLE);
    steps.push({ key: "STEAM", ...home(addDays(visitDate, HEAT_PAUSE_DAYS), heat) });
    const gentle = aftercareReason("aftercare.gentle-products", "Aftercare: gentle, fragrance-free products for 72 hours", SETTLE);
    for (const id of ["fragrance", "essential-oils"] as const) {
      ingredients.push({ key: id, ...home(addDays(visitDate, GENTLE_PRODUCTS_DAYS), gentle) });
    }
  }
  if (performed.has("EXTRACTION")) {
    const heal = aftercareReason(
      "aftercare.extraction-sites",
      "Aftercare: let extraction sites heal",
      "the extracted areas need 5–7 days to heal",
    );
    steps.push({ key: "EXTRACTION", ...home(addDays(visitDate, HEALING_DAYS), heal) });
  }
  if (EXFOLIATING_OR_EXTRACTING.some((step) => performed.has(step))) {
    const hair = aftercareReason("aftercare.no-hair-removal", "Aftercare: no facial hair removal for a week", SETTLE);
    steps.push({ key: "WAXING", ...home(addDays(visitDate, HEALING_DAYS), hair) });
  }
  return { entries: { ingredients, actives, steps }, pauseUntil };
}
