import { activesOfIngredients } from "@/lib/contraindications";
import { INGREDIENT_LABELS } from "@/lib/intake/ingredients";
import { dateText, homeWindow, isSoon } from "./avoid-text";
import type { PlanContext } from "./context";
import { fitOf, roleOf, type ProductRole } from "./product-fit";
import { AT_HOME, factsRow, RULES } from "./sources";
import type { PlanLine, PlanProduct } from "./types";

const ALLERGY_ROW = factsRow("allergies; keloid history; Fitzpatrick III–VI");

interface Candidate {
  product: PlanProduct;
  role: ProductRole;
  score: number;
  why: string[];
  from: string;
}

/**
 * A product can be suggested when the avoid model allows every one of its ingredients at home
 * within the actives pause: then it starts on that date. One ruled out for longer, or until a
 * condition is cleared, is left out.
 */
function candidateOf(context: PlanContext, product: PlanProduct): Candidate | null {
  const role = roleOf(product);
  if (!role) return null;
  const { from } = homeWindow(context, { ingredients: [...product.ingredients] });
  if (!isSoon(from, context)) return null;
  const fit = fitOf(context, product, role);
  if (fit.score <= 0) return null;
  const usedToday = context.input.note.productIds.includes(product.id);
  const why = usedToday ? [...fit.why, "used in your facial today"] : fit.why;
  return { product, role, score: fit.score + (usedToday ? 1 : 0), why, from };
}

/** Why a person must read the label before the product goes out (an unreadable allergy, no intake). */
export function confirmationReason(context: PlanContext): string | null {
  const { avoid } = context;
  if (avoid.intake === "missing") return "No intake on file: check the label with the client before recommending it.";
  if (avoid.allergies.unmatched.length === 0) return null;
  const quoted = avoid.allergies.unmatched.map((text) => `"${text}"`).join(", ");
  return `Check the label against the allergy the client wrote as ${quoted}: the ingredient dictionary cannot match it.`;
}

function lineOf(context: PlanContext, candidate: Candidate, avoided: readonly string[]): PlanLine {
  const { product, why, from } = candidate;
  const when = from > context.visitDate ? ` Start it from ${dateText(from)}.` : "";
  const safe = avoided.length > 0 ? `; free of ${avoided.join(", ")}` : "";
  const confirmation = confirmationReason(context);
  return {
    id: `product.${product.id}`,
    productId: product.id,
    text: `${product.name}.${when}`,
    reason: `Suits you: ${why.join(", ")}${safe}.`,
    source: avoided.length > 0 ? `${AT_HOME}; ${ALLERGY_ROW}` : AT_HOME,
    rule: RULES.atHome,
    recommends: [{ tags: { ingredients: [...product.ingredients], actives: activesOfIngredients(product.ingredients) }, from }],
    ...(confirmation ? { confirmation: { required: confirmation } } : {}),
  };
}

const ROLE_ORDER: readonly ProductRole[] = ["cleanser", "toner", "serum", "moisturiser", "sunscreen", "mask"];

/** At most one product per role, the best fit for this client, none with an ingredient the avoid model rules out. */
export function productLines(context: PlanContext): PlanLine[] {
  const avoided = context.allergens.map((id) => INGREDIENT_LABELS[id].toLowerCase());
  const best = new Map<ProductRole, Candidate>();
  for (const product of context.input.catalogue) {
    const candidate = candidateOf(context, product);
    const current = candidate && best.get(candidate.role);
    if (candidate && (!current || candidate.score > current.score)) best.set(candidate.role, candidate);
  }
  return ROLE_ORDER.flatMap((role) => {
    const candidate = best.get(role);
    return candidate ? [lineOf(context, candidate, avoided)] : [];
  });
}
