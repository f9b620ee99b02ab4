import { blockedStepsOf, conflictsOf, productVerdict, type AvoidModel } from "@/lib/contraindications";
import type { FieldErrors } from "@/lib/errors/app-error";
import { INGREDIENT_LABELS, type IngredientId } from "@/lib/intake/ingredients";
import { STEP_LABELS } from "@/lib/catalog/step-labels";
import type { NoteContent } from "./schema";

export interface CatalogueProduct {
  id: string;
  name: string;
  ingredients: readonly string[];
}

/** A visit may be signed from a few minutes before its start: clocks on a tablet and the server differ. */
export const SIGN_CLOCK_TOLERANCE_MS = 5 * 60_000;

/** The first instant the note of a visit starting at `startsAt` may be signed. */
export function signOpensAt(startsAt: Date): Date {
  return new Date(startsAt.getTime() - SIGN_CLOCK_TOLERANCE_MS);
}

/** True once the visit has started (within the clock tolerance): a note records what was done, so never before. */
export function canSignNow(startsAt: Date, now: Date): boolean {
  return now.getTime() >= signOpensAt(startsAt).getTime();
}

function ingredientLabels(product: CatalogueProduct, model: AvoidModel, level: "never" | "caution"): string {
  const named = product.ingredients.filter((id) =>
    conflictsOf(model, { ingredients: [id] }, { where: "visit", date: model.visitDate }).some((entry) => entry.level === level),
  );
  return named.map((id) => INGREDIENT_LABELS[id as IngredientId] ?? id).join(", ");
}

/**
 * Why a product may not be used on this client at this visit: an ingredient the avoid model rules
 * out (an allergen, typed or ticked; an ingredient unsafe in pregnancy). Null when it may be used.
 * Staff-facing: the rules are named, never their sources.
 */
export function productRefusal(product: CatalogueProduct, model: AvoidModel): string | null {
  const { refusals } = productVerdict(model, product.ingredients);
  if (refusals.length === 0) return null;
  return `${product.name} contains ${ingredientLabels(product, model, "never")} — ${refusals.map((reason) => reason.ruleName).join("; ")}.`;
}

/** Ingredients to use only with care (shown beside the product, not refused). */
export function productCautions(product: CatalogueProduct, model: AvoidModel): string[] {
  const { cautions } = productVerdict(model, product.ingredients);
  if (cautions.length === 0) return [];
  return [`Contains ${ingredientLabels(product, model, "caution")} — ${cautions.map((reason) => reason.ruleName).join("; ")}.`];
}

/** What the person must check on the label first (an unreadable allergy, or no intake), or null. */
export function productCheck(model: AvoidModel): string | null {
  if (model.intake === "missing") return "No intake on file: check the label with the client before using it.";
  if (model.allergies.unmatched.length === 0) return null;
  return `Check the label against the allergy the client wrote as ${model.allergies.unmatched.map((text) => `"${text}"`).join(", ")}.`;
}

/**
 * The note's problems given the client's avoid model, keyed by field path: a step ruled out at
 * this visit performed without a reason; a product that is refused, unknown, or (with an allergy
 * the dictionary cannot read) used without its label checked. Empty when the note may be saved.
 */
export function checkNote(content: NoteContent, model: AvoidModel, catalogue: readonly CatalogueProduct[]): FieldErrors {
  const errors: FieldErrors = {};
  const blocked = blockedStepsOf(
    model,
    content.steps.map((step) => step.step),
  );
  content.steps.forEach((step, index) => {
    if (step.performed && blocked.includes(step.step) && step.overrideReason.trim() === "") {
      const label = STEP_LABELS[step.step];
      errors[`steps.${index}.overrideReason`] = [
        `${label} is flagged for this client: give the reason it was performed anyway, or mark it skipped.`,
      ];
    }
  });
  const byId = new Map(catalogue.map((product) => [product.id, product]));
  const check = productCheck(model);
  const productErrors = content.productIds.flatMap((id) => {
    const product = byId.get(id);
    if (!product) return ["That product is not in the catalogue."];
    const refusal = productRefusal(product, model);
    if (refusal) return [refusal];
    if (check && !content.productConfirmations.includes(id)) return [`${product.name}: confirm you checked its label. ${check}`];
    return [];
  });
  if (productErrors.length > 0) errors.productIds = productErrors;
  return errors;
}
