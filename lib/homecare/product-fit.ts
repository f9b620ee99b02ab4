import type { IngredientId } from "@/lib/intake/ingredients";
import { isOily, type PlanContext } from "./context";
import type { PlanProduct } from "./types";

/**
 * The catalogue records a product's name and ingredient ids only, so its role comes from its name.
 * Peels are professional-only and never go home with the client.
 */
export type ProductRole = "cleanser" | "toner" | "serum" | "moisturiser" | "sunscreen" | "mask" | "professional";

const ROLE_WORDS: [ProductRole, RegExp][] = [
  ["professional", /\bpeel\b/i],
  ["sunscreen", /\b(spf|sunscreen|sun cream)\b/i],
  ["mask", /\bmask\b/i],
  ["cleanser", /\b(cleanser|cleansing|wash)\b/i],
  ["toner", /\b(toner|tonic)\b/i],
  ["serum", /\b(serum|essence|ampoule)\b/i],
  ["moisturiser", /\b(moisturi[sz]er|cream|balm|lotion|gel)\b/i],
];

export function roleOf(product: Pick<PlanProduct, "name">): ProductRole | null {
  return ROLE_WORDS.find(([, pattern]) => pattern.test(product.name))?.[0] ?? null;
}

export interface Fit {
  score: number;
  why: string[];
}

const has = (product: PlanProduct, id: IngredientId) => product.ingredients.includes(id);
const named = (product: PlanProduct, pattern: RegExp) => pattern.test(product.name);

function cleanserFit(context: PlanContext, product: PlanProduct): Fit {
  if (has(product, "sulfates") && (context.sensitive || context.skinType === "dry")) return { score: 0, why: [] };
  if (has(product, "salicylic-acid") && isOily(context)) return { score: 3, why: ["salicylic acid clears oil and impurities"] };
  if (named(product, /gentle|milk|cream/i)) return { score: 2, why: ["gentle and non-stripping"] };
  return { score: 1, why: ["a mild daily cleanser"] };
}

function treatmentFit(context: PlanContext, product: PlanProduct): Fit {
  const congested = isOily(context) || context.concerns.some((c) => c === "blackheads" || c === "enlarged-pores");
  if (has(product, "salicylic-acid") && congested) return { score: 2, why: ["salicylic acid for oil, blackheads and pores"] };
  const dull = context.concerns.some((c) => c === "dullness" || c === "pigmentation");
  if (has(product, "vitamin-c") && dull && !context.sensitive) return { score: 2, why: ["vitamin C for dullness and dark spots"] };
  const aging = context.concerns.some((c) => c === "fine-lines" || c === "texture");
  if (has(product, "retinoids") && aging && !context.sensitive) return { score: 2, why: ["a retinoid for fine lines and texture"] };
  return { score: 0, why: [] };
}

function moisturiserFit(context: PlanContext, product: PlanProduct): Fit {
  const rich = named(product, /balm|rich|barrier/i) || has(product, "lanolin");
  if (rich)
    return context.skinType === "dry" || context.concerns.includes("dehydration")
      ? { score: 3, why: ["rich and nourishing for dry skin"] }
      : { score: 0, why: [] };
  const plain = product.ingredients.length === 0 || named(product, /fragrance-free|hydrating/i);
  return plain ? { score: 2, why: ["lightweight and fragrance-free"] } : { score: 1, why: ["a daily moisturiser"] };
}

function maskFit(context: PlanContext, product: PlanProduct): Fit {
  if (named(product, /clay|charcoal|purifying/i)) {
    return isOily(context) || context.skinType === "combination" ? { score: 2, why: ["clay draws out impurities"] } : { score: 0, why: [] };
  }
  if (named(product, /calm|sooth|oat|aloe|chamomile/i))
    return context.sensitive ? { score: 2, why: ["soothing for sensitive skin"] } : { score: 0, why: [] };
  return { score: 0, why: [] };
}

/** How well a product suits this client's skin type and concerns; 0 = not for them. */
export function fitOf(context: PlanContext, product: PlanProduct, role: ProductRole): Fit {
  switch (role) {
    case "sunscreen":
      return { score: 3, why: ["daily SPF 30+"] };
    case "cleanser":
      return cleanserFit(context, product);
    case "toner":
    case "serum":
      return treatmentFit(context, product);
    case "moisturiser":
      return moisturiserFit(context, product);
    case "mask":
      return maskFit(context, product);
    case "professional":
      return { score: 0, why: [] };
  }
}
