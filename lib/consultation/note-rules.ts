import { blockedSteps, flagsForIngredients, type ContraindicationFlag } from "@/lib/contraindications";
import type { FieldErrors } from "@/lib/errors/app-error";
import { INGREDIENT_LABELS, type IngredientId } from "@/lib/intake/ingredients";
import { STEP_LABELS } from "@/lib/catalog/step-labels";
import type { NoteContent } from "./schema";

export interface CatalogueProduct {
  id: string;
  name: string;
  ingredients: readonly string[];
}

/**
 * Why a product may not be used on this client: a BLOCK flag on one of its ingredients (an
 * allergen, an ingredient unsafe in pregnancy). Null when it may be used.
 */
export function productRefusal(product: CatalogueProduct, flags: readonly ContraindicationFlag[]): string | null {
  const ingredients = product.ingredients as IngredientId[];
  const blocking = flagsForIngredients(flags, ingredients).filter((flag) => flag.severity === "BLOCK");
  if (blocking.length === 0) return null;
  const named = [...new Set(blocking.flatMap((flag) => flag.ingredients.filter((id) => ingredients.includes(id))))];
  const labels = named.map((id) => INGREDIENT_LABELS[id] ?? id).join(", ");
  return `${product.name} contains ${labels}: ${blocking.map((flag) => flag.staffReason).join(" ")}`;
}

/** CAUTION-level ingredient flags: shown beside the product, not refused. */
export function productCautions(product: CatalogueProduct, flags: readonly ContraindicationFlag[]): string[] {
  return flagsForIngredients(flags, product.ingredients as IngredientId[])
    .filter((flag) => flag.severity !== "BLOCK")
    .map((flag) => flag.staffReason);
}

/**
 * The note's problems given the chart's flags, keyed by field path: a flagged step performed
 * without a reason, a product that is refused or unknown. Empty when the note may be saved.
 */
export function checkNote(
  content: NoteContent,
  flags: readonly ContraindicationFlag[],
  catalogue: readonly CatalogueProduct[],
): FieldErrors {
  const errors: FieldErrors = {};
  const blocked = blockedSteps(flags);
  content.steps.forEach((step, index) => {
    if (step.performed && blocked.includes(step.step) && step.overrideReason.trim() === "") {
      const label = STEP_LABELS[step.step];
      errors[`steps.${index}.overrideReason`] = [
        `${label} is flagged for this client: give the reason it was performed anyway, or mark it skipped.`,
      ];
    }
  });
  const byId = new Map(catalogue.map((product) => [product.id, product]));
  const productErrors = content.productIds.flatMap((id) => {
    const product = byId.get(id);
    if (!product) return ["That product is not in the catalogue."];
    const refusal = productRefusal(product, flags);
    return refusal ? [refusal] : [];
  });
  if (productErrors.length > 0) errors.productIds = productErrors;
  return errors;
}
