import { INGREDIENT_INDEX } from "@/lib/intake/allergy-matching";
import { DISTINCT_TERMS } from "@/lib/intake/ingredient-families";
import { INGREDIENT_LABELS, type IngredientId } from "@/lib/intake/ingredients";
import { buildTermIndex, findTerms, normaliseWords, type Term } from "@/lib/intake/term-matching";
import type { TreatmentStep } from "../types";

/**
 * The actives FACTS.md names when it pauses them ("no scrubs, AHA/BHA, retinoids, vitamin C or acne
 * treatments") or rules them out (pregnancy: retinoids, hydroquinone), each with the ingredient
 * ids a product must contain to count as one.
 */
export const ACTIVES = {
  retinoids: { label: "Retinoids (retinol, tretinoin, adapalene)", short: "retinoids", ingredients: ["retinoids"] },
  "exfoliating-acids": {
    label: "Exfoliating acids (AHA/BHA)",
    short: "exfoliating acids (AHA/BHA)",
    ingredients: ["salicylic-acid", "glycolic-acid", "lactic-acid", "willow-bark"],
  },
  "vitamin-c": { label: "Vitamin C", short: "vitamin C", ingredients: ["vitamin-c"] },
  "acne-treatments": { label: "Acne treatments (such as benzoyl peroxide)", short: "acne treatments", ingredients: ["benzoyl-peroxide"] },
  hydroquinone: { label: "Hydroquinone", short: "hydroquinone", ingredients: ["hydroquinone"] },
} as const satisfies Record<string, { label: string; short: string; ingredients: readonly IngredientId[] }>;
export type ActiveId = keyof typeof ACTIVES;
export const ACTIVE_IDS = Object.keys(ACTIVES) as ActiveId[];

/** Steps as a client would do them at home, named for the client. */
export const HOME_STEP_LABELS: Partial<Record<TreatmentStep, string>> = {
  STEAM: "Steam and heat (facial steaming, sauna, steam room)",
  EXFOLIATION_PHYSICAL: "Scrubs and other physical exfoliation",
  EXFOLIATION_CHEMICAL: "Exfoliating with acids",
  EXTRACTION: "Squeezing or extracting spots",
  MASSAGE: "Facial massage or pressure on treated areas",
  PEEL: "At-home peels",
  WAXING: "Facial waxing",
  ELECTRICAL_STIMULATION: "Electrical facial devices (microcurrent, galvanic, high frequency)",
};

export type MentionKey = { kind: "ingredient"; id: IngredientId } | { kind: "active"; id: ActiveId } | { kind: "step"; id: TreatmentStep };

const ACTIVE_NAMES: Record<ActiveId, readonly string[]> = {
  retinoids: ["retinoid", "retinol"],
  "exfoliating-acids": ["exfoliating acid", "acid exfoliant", "acid toner", "chemical exfoliant", "peel pad", "aha bha", "bha aha"],
  "vitamin-c": ["vitamin c"],
  "acne-treatments": ["acne treatment", "acne cream", "spot treatment"],
  hydroquinone: ["hydroquinone"],
};

const STEP_NAMES: [TreatmentStep[], readonly string[]][] = [
  [["STEAM"], ["steam", "steaming", "steamer", "sauna", "steam room"]],
  [["EXFOLIATION_PHYSICAL"], ["scrub", "microdermabrasion", "exfoliating brush", "physical exfoliant"]],
  [
    ["EXFOLIATION_PHYSICAL", "EXFOLIATION_CHEMICAL"],
    ["exfoliate", "exfoliation", "exfoliating", "exfoliant"],
  ],
  [["EXFOLIATION_CHEMICAL"], ["chemical exfoliation", "exfoliating acid", "acid exfoliant"]],
  [["EXTRACTION"], ["extraction", "squeeze", "squeezing"]],
  [["WAXING"], ["waxing", "threading", "shaving", "shave", "epilating", "depilatory", "hair removal"]],
  [["MASSAGE"], ["massage", "massaging"]],
  [["PEEL"], ["peel", "at home peel"]],
  [["ELECTRICAL_STIMULATION"], ["microcurrent", "galvanic", "high frequency"]],
];

const MENTION_INDEX = buildTermIndex<MentionKey>(
  [
    ...INGREDIENT_INDEX.terms.map((term): Term<MentionKey> => ({
      name: term.name,
      keys: term.keys.map((key) => ({ kind: "ingredient", id: key.id })),
    })),
    ...ACTIVE_IDS.flatMap((id) => ACTIVE_NAMES[id].map((name): Term<MentionKey> => ({ name, keys: [{ kind: "active", id }] }))),
    ...STEP_NAMES.flatMap(([steps, names]) =>
      names.map((name): Term<MentionKey> => ({ name, keys: steps.map((id) => ({ kind: "step", id })) })),
    ),
  ],
  DISTINCT_TERMS,
);

/** Words that turn a mention into advice against it ("no retinoids", "avoid scrubs", "fragrance-free"). */
const NEGATING_BEFORE = new Set(normaliseWords("no not avoid avoiding never stop pause pausing skip without instead except off free"));
const NEGATING_AFTER = new Set(normaliseWords("free"));

export interface Mention {
  /** The words as found in the text. */
  phrase: string;
  keys: MentionKey[];
  /** Advice against it rather than for it. */
  negated: boolean;
}

/**
 * The ingredients, actives and steps a piece of advice mentions, each marked as advice for or
 * against it. Clauses end at sentence punctuation, "but" and "then"; a negating word earlier in
 * the clause ("no", "avoid", "don't", "without") or "-free" after it makes a mention negated.
 * Typos are tolerated only for long names, so ordinary words are not mistaken for ingredients.
 */
export function findMentions(text: string): Mention[] {
  const mentions: Mention[] = [];
  for (const clause of text.split(/[.;!?:\n]|\bbut\b|\bthen\b/i)) {
    const words = normaliseWords(clause.replace(/n't\b/gi, " not"));
    // In prose only long names tolerate a typo, and only one.
    const hits = findTerms(words, MENTION_INDEX, { typos: true, maxTypos: 1 }).filter(
      (hit) => hit.how === "exact" || hit.term.name.length >= 8,
    );
    // A longer name covering the same words wins ("salicylic acid" over "salicylic", "AHA/BHA" over "BHA").
    const kept = hits.filter(
      (hit) => !hits.some((other) => other.length > hit.length && other.at <= hit.at && other.at + other.length >= hit.at + hit.length),
    );
    // One mention per place in the text, with every key any name found there stands for.
    const byPlace = new Map<string, { at: number; length: number; keys: Map<string, MentionKey> }>();
    for (const hit of kept) {
      const place = `${hit.at}:${hit.length}`;
      const entry = byPlace.get(place) ?? { at: hit.at, length: hit.length, keys: new Map<string, MentionKey>() };
      for (const key of hit.term.keys) entry.keys.set(`${key.kind}:${key.id}`, key);
      byPlace.set(place, entry);
    }
    for (const { at, length, keys } of [...byPlace.values()].sort((a, b) => a.at - b.at)) {
      const before = words.slice(0, at);
      const after = words[at + length];
      const negated = before.some((word) => NEGATING_BEFORE.has(word)) || (after !== undefined && NEGATING_AFTER.has(after));
      mentions.push({ phrase: words.slice(at, at + length).join(" "), keys: [...keys.values()], negated });
    }
  }
  return mentions;
}

/** The ingredient ids an active stands for. */
export function ingredientsOfActive(active: ActiveId): readonly IngredientId[] {
  return ACTIVES[active].ingredients;
}

/** The actives a product with these ingredients counts as. */
export function activesOfIngredients(ingredients: readonly string[]): ActiveId[] {
  return ACTIVE_IDS.filter((id) => ingredientsOfActive(id).some((ingredient) => ingredients.includes(ingredient)));
}

export function labelOfKey(key: MentionKey): string {
  if (key.kind === "ingredient") return INGREDIENT_LABELS[key.id];
  if (key.kind === "active") return ACTIVES[key.id].label;
  return HOME_STEP_LABELS[key.id] ?? key.id;
}
