/**
 * Canonical ingredient ids. Products in the catalogue list their ingredients with these ids, and
 * contraindication flags name the ids a product must not (BLOCK) or should only carefully
 * (CAUTION) contain, so matching is by id, never by spelling.
 */
export const INGREDIENT_LABELS = {
  fragrance: "Fragrance (parfum)",
  latex: "Latex",
  "nut-oils": "Nut oils",
  "tea-tree-oil": "Tea tree oil",
  lanolin: "Lanolin",
  parabens: "Parabens",
  sulfates: "Sulfates",
  "benzoyl-peroxide": "Benzoyl peroxide",
  lidocaine: "Lidocaine",
  "essential-oils": "Essential oils",
  propolis: "Propolis and bee products",
  "salicylic-acid": "Salicylic acid (BHA)",
  "willow-bark": "Willow bark extract",
  "methyl-salicylate": "Methyl salicylate (wintergreen)",
  "glycolic-acid": "Glycolic acid (AHA)",
  "lactic-acid": "Lactic acid (AHA)",
  retinoids: "Retinoids (retinol, tretinoin, adapalene, tazarotene)",
  hydroquinone: "Hydroquinone",
  "vitamin-c": "Vitamin C",
} as const;
export type IngredientId = keyof typeof INGREDIENT_LABELS;

/** The allergies the intake offers as ticks (besides free text). */
export const ALLERGEN_LABELS = {
  fragrance: "Fragrance",
  latex: "Latex",
  aspirin: "Aspirin or salicylates",
  "nut-oils": "Nuts or nut oils",
  "tea-tree-oil": "Tea tree oil",
  lanolin: "Lanolin (wool wax)",
  parabens: "Parabens",
  sulfates: "Sulfates",
  "benzoyl-peroxide": "Benzoyl peroxide",
  lidocaine: "Lidocaine or numbing creams",
  "essential-oils": "Essential oils",
  propolis: "Bee products (propolis, beeswax)",
} as const;
export type AllergenId = keyof typeof ALLERGEN_LABELS;

/**
 * The dictionary term each tick stands for (lib/intake/ingredient-dictionary.ts): a ticked allergy
 * and the same words typed in the free-text box resolve through the one matcher, so "Fragrance"
 * ticked and "perfume" typed rule out the same ingredients.
 */
export const ALLERGEN_TERMS: Record<AllergenId, string> = {
  fragrance: "fragrance",
  latex: "latex",
  aspirin: "aspirin",
  "nut-oils": "nut oils",
  "tea-tree-oil": "tea tree oil",
  lanolin: "lanolin",
  parabens: "parabens",
  sulfates: "sulfates",
  "benzoyl-peroxide": "benzoyl peroxide",
  lidocaine: "lidocaine",
  "essential-oils": "essential oils",
  propolis: "bee products",
};

/**
 * The ingredient a ticked allergy names directly. Aspirin is not a cosmetic ingredient: an aspirin
 * allergy is a warning for salicylic acid (FACTS.md: contraindications table, row "allergies;
 * keloid history; Fitzpatrick III–VI"), which lib/contraindications raises as its own flag.
 */
export const ALLERGEN_INGREDIENT: Record<AllergenId, IngredientId | null> = {
  fragrance: "fragrance",
  latex: "latex",
  aspirin: null,
  "nut-oils": "nut-oils",
  "tea-tree-oil": "tea-tree-oil",
  lanolin: "lanolin",
  parabens: "parabens",
  sulfates: "sulfates",
  "benzoyl-peroxide": "benzoyl-peroxide",
  lidocaine: "lidocaine",
  "essential-oils": "essential-oils",
  propolis: "propolis",
};
