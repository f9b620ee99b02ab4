import { INGREDIENT_LABELS, type IngredientId } from "@/lib/intake/ingredients";
import type { PlanContext } from "./context";
import { PAUSED_ACTIVES, fitOf, roleOf, type ProductRole } from "./product-fit";
import { AT_HOME, factsRow } from "./sources";
import { homeExfoliation } from "./weekly";
import type { PlanLine, PlanProduct } from "./types";

const ALLERGY_ROW = factsRow("allergies; keloid history; Fitzpatrick III–VI");
const ACIDS: readonly IngredientId[] = ["salicylic-acid", "glycolic-acid", "lactic-acid"];

/**
 * Every ingredient this client must not be sent home with, and why. Allergens are read from the
 * intake itself as well as from the flags, so a plan can never recommend one even if the flags
 * passed in were incomplete.
 */
export function forbiddenIngredients(context: PlanContext): Map<string, string> {
  const forbidden = new Map<string, string>();
  const add = (ids: readonly string[], why: string) => ids.forEach((id) => forbidden.has(id) || forbidden.set(id, why));
  add(context.allergens, "you're allergic to it");
  for (const flag of context.input.flags) {
    if (flag.severity === "BLOCK" || flag.id === "aspirin-allergy-salicylic") add(flag.ingredients, flag.clientMessage);
  }
  // FACTS.md pregnancy row: no retinoids, hydroquinone or high-strength salicylic; at home we leave
  // salicylic out altogether rather than judge strengths from a product name.
  if (context.pregnant) add(["retinoids", "hydroquinone", "salicylic-acid"], "not advised while pregnant or nursing");
  if (context.sensitive) add(["fragrance", "essential-oils"], "fragrance can irritate sensitive skin");
  if (!homeExfoliation(context).chemicalOk) add(ACIDS, "exfoliating acids are not advised for you for now");
  return forbidden;
}

interface Candidate {
  product: PlanProduct;
  role: ProductRole;
  score: number;
  why: string[];
}

function candidateOf(context: PlanContext, product: PlanProduct, forbidden: Map<string, string>): Candidate | null {
  const role = roleOf(product);
  if (!role || product.ingredients.some((id) => forbidden.has(id))) return null;
  const fit = fitOf(context, product, role);
  if (fit.score <= 0) return null;
  const usedToday = context.input.note.productIds.includes(product.id);
  return { product, role, score: fit.score + (usedToday ? 1 : 0), why: usedToday ? [...fit.why, "used in your facial today"] : fit.why };
}

function lineOf(candidate: Candidate, avoided: readonly string[]): PlanLine {
  const { product, why } = candidate;
  const paused = product.ingredients.some((id) => (PAUSED_ACTIVES as readonly string[]).includes(id));
  const when = paused ? " Start it only from the date actives may resume." : "";
  const safe = avoided.length > 0 ? `; free of ${avoided.join(", ")}` : "";
  return {
    id: `product.${product.id}`,
    productId: product.id,
    text: `${product.name}.${when}`,
    reason: `Suits you: ${why.join(", ")}${safe}.`,
    source: avoided.length > 0 ? `${AT_HOME}; ${ALLERGY_ROW}` : AT_HOME,
  };
}

const ROLE_ORDER: readonly ProductRole[] = ["cleanser", "toner", "serum", "moisturiser", "sunscreen", "mask"];

/** At most one product per role, the best fit for this client, none with a forbidden ingredient. */
export function productLines(context: PlanContext): PlanLine[] {
  const forbidden = forbiddenIngredients(context);
  const avoided = context.allergens.map((id) => INGREDIENT_LABELS[id].toLowerCase());
  const best = new Map<ProductRole, Candidate>();
  for (const product of context.input.catalogue) {
    const candidate = candidateOf(context, product, forbidden);
    const current = candidate && best.get(candidate.role);
    if (candidate && (!current || candidate.score > current.score)) best.set(candidate.role, candidate);
  }
  return ROLE_ORDER.flatMap((role) => {
    const candidate = best.get(role);
    return candidate ? [lineOf(candidate, avoided)] : [];
  });
}
