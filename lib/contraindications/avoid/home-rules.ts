import type { IngredientId } from "@/lib/intake/ingredients";
import { factsRow } from "../rules/shared";
import type { ContraindicationFlag } from "../types";
import { clearedWhenFor } from "./cleared";
import type { AvoidEntry, AvoidReason, StepKey } from "./types";
import type { ActiveId } from "./vocabulary";

const AT_HOME = 'FACTS.md: "At-home routine (from the deep pore cleansing article)"';

function homeReason(ruleId: string, ruleName: string, clientReason: string, source: string): AvoidReason {
  return { ruleId, ruleName, clientReason, source, clearedWhen: clearedWhenFor(ruleId) };
}

/**
 * What the client's conditions rule out at home beyond the visit's flags. Each follows a FACTS.md
 * row or the at-home routine; all last until the condition is cleared.
 */
export function homeEntries(flags: readonly ContraindicationFlag[]) {
  const has = (id: string) => flags.some((flag) => flag.id === id);
  const ingredients: AvoidEntry<IngredientId>[] = [];
  const actives: AvoidEntry<ActiveId>[] = [];
  const steps: AvoidEntry<StepKey>[] = [];
  const cleared = { until: "cleared" as const, scope: "home" as const };
  const rosacea = has("rosacea-heat-exfoliation");
  const sensitive = has("sensitive-skin-gentle") || rosacea;
  if (sensitive) {
    const source = rosacea ? factsRow("rosacea, dilated capillaries") : factsRow("sensitive skin");
    const name = rosacea ? "home.rosacea-fragrance" : "home.sensitive-fragrance";
    const clientReason = rosacea ? "you have rosacea or visible redness" : "your skin is sensitive";
    const fragrance = homeReason(name, "Sensitive skin: fragrance-free at home", clientReason, `${source}; ${AT_HOME}`);
    // A warning in the treatment room (fragrance is not an allergen here), never sent home.
    for (const id of ["fragrance", "essential-oils"] as const)
      ingredients.push({ key: id, ...cleared, level: "caution", scope: "both", reason: fragrance });
    const scrub = homeReason(
      rosacea ? "home.rosacea-scrub" : "home.sensitive-scrub",
      "Sensitive skin: no physical scrub",
      clientReason,
      factsRow("sensitive skin"),
    );
    steps.push({ key: "EXFOLIATION_PHYSICAL", ...cleared, level: "never", reason: scrub });
  }
  if (rosacea) {
    const acids = homeReason(
      "home.rosacea-acids",
      "Rosacea: no aggressive exfoliation at home",
      "you have rosacea or visible redness",
      factsRow("rosacea, dilated capillaries"),
    );
    steps.push({ key: "EXFOLIATION_CHEMICAL", ...cleared, level: "never", reason: acids });
  }
  if (has("pregnancy-ingredients")) {
    // FACTS.md: "no high-strength salicylic peels"; at home we cannot judge strength from a product,
    // so salicylates are left out altogether (a warning in the treatment room).
    const salicylates = homeReason(
      "home.pregnancy-salicylates",
      "Pregnant or nursing: salicylates at home",
      "you're pregnant or breastfeeding",
      factsRow("pregnant or nursing"),
    );
    for (const id of ["salicylic-acid", "willow-bark", "methyl-salicylate"] as const) {
      ingredients.push({ key: id, ...cleared, level: "caution", scope: "both", reason: salicylates });
    }
  }
  if (has("skin-flare-area")) {
    const flare = homeReason(
      "home.flare-exfoliation",
      "Eczema, psoriasis or dermatitis flare: no exfoliation at home",
      "your eczema, psoriasis or dermatitis is flaring",
      factsRow("eczema, psoriasis, dermatitis flare"),
    );
    for (const step of ["EXFOLIATION_PHYSICAL", "EXFOLIATION_CHEMICAL"] as const)
      steps.push({ key: step, ...cleared, level: "never", reason: flare });
  }
  return { ingredients, actives, steps };
}
