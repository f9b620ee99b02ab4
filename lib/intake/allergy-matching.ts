import { INGREDIENT_DICTIONARY } from "./ingredient-dictionary";
import { DISTINCT_TERMS, INGREDIENT_FAMILIES } from "./ingredient-families";
import { ALLERGEN_TERMS, INGREDIENT_LABELS, type AllergenId, type IngredientId } from "./ingredients";
import { buildTermIndex, findTerms, normaliseWords, type TermHit } from "./term-matching";

/** A name of the dictionary and what it rules out; `caution` only for warning families (aspirin). */
interface IngredientKey {
  id: IngredientId;
  caution: boolean;
}

const INGREDIENT_ORDER = Object.keys(INGREDIENT_LABELS) as IngredientId[];

/** Every name of the dictionary: INCI, common names, the id itself, and family names. */
export const INGREDIENT_INDEX = buildTermIndex<IngredientKey>(
  [
    ...INGREDIENT_DICTIONARY.flatMap((entry) =>
      [entry.id.replace(/-/g, " "), ...entry.inci, ...entry.common].map((name) => ({ name, keys: [{ id: entry.id, caution: false }] })),
    ),
    ...INGREDIENT_FAMILIES.flatMap((family) =>
      family.names.map((name) => ({ name, keys: family.members.map((id) => ({ id, caution: Boolean(family.caution) })) })),
    ),
  ],
  DISTINCT_TERMS,
);

/** Words that say how, not what: "I'm mildly allergic to lanolin" is about lanolin. */
const FILLER = new Set(
  normaliseWords(
    "i am im very mildly severely slightly mild severe allergic allergy allergie sensitive sensitivity intolerant intolerance reaction react to the all some any certain my",
  ),
);

/** Clients write "none" in the free-text box as often as they leave it empty. */
const NO_ALLERGY = new Set([
  "",
  "none",
  "no",
  "nope",
  "n a",
  "na",
  "nil",
  "nothing",
  "no allergy",
  "no known",
  "no known allergy",
  "nka",
  "nkda",
  "not known",
]);

export interface AllergyMatch {
  /** One allergy as the client wrote or ticked it. */
  text: string;
  origin: "ticked" | "typed";
  ingredients: IngredientId[];
  /** Only a warning (an aspirin allergy for salicylates), not a known allergy to these ingredients. */
  caution: boolean;
  /** The dictionary name it was matched by, and how. */
  matchedName: string;
  how: "exact" | "typo";
}

export interface AllergyReading {
  matched: AllergyMatch[];
  /** Typed allergies that match nothing in the dictionary: every product then needs a person to check its label. */
  unmatched: string[];
}

/** Splits the free text into single allergies: commas, semicolons, lines, slashes, "and", "or", brackets. */
export function splitAllergyText(text: string): string[] {
  return text
    .replace(/[()[\]{}]/g, ",")
    .split(/[,;\n/|+&]|\band\b|\bor\b|\bplus\b/i)
    .map((item) => item.trim().replace(/\.$/, "").trim())
    .filter((item) => item !== "" && !/^-+$/.test(item));
}

/** "None", "n/a", "No known allergies", "-": no allergy at all. */
function isNoAllergy(text: string): boolean {
  const words = normaliseWords(text);
  return NO_ALLERGY.has(words.join(" ")) || NO_ALLERGY.has(words.filter((word) => !FILLER.has(word)).join(" "));
}

function sortIds(ids: Iterable<IngredientId>): IngredientId[] {
  const set = new Set(ids);
  return INGREDIENT_ORDER.filter((id) => set.has(id));
}

/** The keys of a set of hits that all name the same thing, or null when they disagree (ambiguous). */
function agreeingKeys(hits: TermHit<IngredientKey>[]): IngredientKey[] | null {
  const sets = hits.map((hit) => new Set(hit.term.keys.map((key) => key.id)));
  const shared = [...sets[0]!].filter((id) => sets.every((set) => set.has(id)));
  return shared.length > 0 ? hits.flatMap((hit) => [...hit.term.keys]) : null;
}

/**
 * One allergy → the ingredients it rules out. Whole-word names first (every name found counts:
 * "almond oil body lotion" is an almond allergy); otherwise the closest name within the typo
 * tolerance, provided the closest names agree on what they mean. Null when nothing matches.
 */
export function matchAllergy(text: string): Omit<AllergyMatch, "origin"> | null {
  if (isNoAllergy(text)) return null;
  const words = normaliseWords(text).filter((word) => !FILLER.has(word));
  const exact = findTerms(words, INGREDIENT_INDEX, { typos: false });
  const hits = exact.length > 0 ? exact : closest(findTerms(words, INGREDIENT_INDEX, { typos: true }));
  const keys = hits.length > 0 ? agreeingKeys(hits) : null;
  if (!keys) return null;
  const never = new Set(keys.filter((key) => !key.caution).map((key) => key.id));
  const all = sortIds(keys.map((key) => key.id));
  const longest = [...hits].sort((a, b) => b.term.name.length - a.term.name.length)[0]!;
  return {
    text,
    ingredients: all,
    caution: never.size === 0,
    matchedName: longest.term.name,
    how: hits.some((hit) => hit.how === "typo") ? "typo" : "exact",
  };
}

function closest(hits: TermHit<IngredientKey>[]): TermHit<IngredientKey>[] {
  if (hits.length === 0) return [];
  const best = Math.min(...hits.map((hit) => hit.distance));
  return hits.filter((hit) => hit.distance === best);
}

/**
 * The client's allergies, ticked and typed, read through the one dictionary. A typed allergy that
 * is only "none" is no allergy; one that matches nothing is kept as written in `unmatched`.
 */
export function readAllergies(allergies: { ingredients: readonly AllergenId[]; other?: string | null }): AllergyReading {
  const matched: AllergyMatch[] = [];
  for (const allergen of allergies.ingredients) {
    const match = matchAllergy(ALLERGEN_TERMS[allergen]);
    if (!match) throw new Error(`The dictionary has no entry for the ticked allergy "${allergen}"`);
    matched.push({ ...match, text: ALLERGEN_TERMS[allergen], origin: "ticked" });
  }
  const unmatched: string[] = [];
  const other = allergies.other ?? "";
  for (const item of isNoAllergy(other) ? [] : splitAllergyText(other)) {
    if (isNoAllergy(item)) continue;
    const match = matchAllergy(item);
    if (match) matched.push({ ...match, origin: "typed" });
    else unmatched.push(item);
  }
  return { matched, unmatched };
}

/** The ingredients a reading rules out, split into known allergies and warnings. */
export function allergyIngredients(reading: AllergyReading): { never: IngredientId[]; caution: IngredientId[] } {
  const never = new Set(reading.matched.filter((match) => !match.caution).flatMap((match) => match.ingredients));
  const caution = reading.matched.filter((match) => match.caution).flatMap((match) => match.ingredients);
  return { never: sortIds(never), caution: sortIds(caution.filter((id) => !never.has(id))) };
}

/** True when the free-text answer says anything other than "none". */
export function hasTypedAllergy(other: string | null | undefined): boolean {
  return !isNoAllergy(other ?? "") && splitAllergyText(other ?? "").some((item) => !isNoAllergy(item));
}
