import { describe, expect, it } from "vitest";
import { allergyIngredients, hasTypedAllergy, matchAllergy, readAllergies, splitAllergyText } from "./allergy-matching";
import { DICTIONARY_SOURCES, INGREDIENT_DICTIONARY } from "./ingredient-dictionary";
import { INGREDIENT_FAMILIES } from "./ingredient-families";
import { ALLERGEN_LABELS, ALLERGEN_TERMS, INGREDIENT_LABELS, type AllergenId, type IngredientId } from "./ingredients";
import { editDistance, normaliseWords } from "./term-matching";

describe("the dictionary", () => {
  it("has an entry with sources for every ingredient id, and sources that exist", () => {
    expect(INGREDIENT_DICTIONARY.map((entry) => entry.id).sort()).toEqual(Object.keys(INGREDIENT_LABELS).sort());
    for (const item of [...INGREDIENT_DICTIONARY, ...INGREDIENT_FAMILIES]) {
      expect(item.sources.length, JSON.stringify(item)).toBeGreaterThan(0);
      for (const source of item.sources) expect(DICTIONARY_SOURCES[source]).toBeDefined();
    }
  });

  it("resolves every ticked allergy through the same matcher as typed ones", () => {
    for (const allergen of Object.keys(ALLERGEN_LABELS) as AllergenId[]) {
      expect(matchAllergy(ALLERGEN_TERMS[allergen])?.ingredients.length, allergen).toBeGreaterThan(0);
    }
  });
});

describe("a typed allergy", () => {
  const cases: [string, IngredientId[], "exact" | "typo"][] = [
    ["lanolin", ["lanolin"], "exact"],
    ["Wool wax alcohols", ["lanolin"], "exact"],
    ["adeps lanae", ["lanolin"], "exact"],
    ["lanolyn", ["lanolin"], "typo"],
    ["I'm mildly allergic to lanolin cream", ["lanolin"], "exact"],
    ["Parfum", ["fragrance", "tea-tree-oil", "essential-oils", "methyl-salicylate"], "exact"],
    ["perfume", ["fragrance", "tea-tree-oil", "essential-oils", "methyl-salicylate"], "exact"],
    ["fragance", ["fragrance", "tea-tree-oil", "essential-oils", "methyl-salicylate"], "typo"],
    ["linalool", ["fragrance"], "exact"],
    ["Limonene", ["fragrance"], "exact"],
    ["balsam of Peru", ["fragrance"], "exact"],
    ["willow bark", ["willow-bark"], "exact"],
    ["Salix alba bark extract", ["willow-bark"], "exact"],
    ["salicylates", ["salicylic-acid", "willow-bark", "methyl-salicylate"], "exact"],
    ["salicylic acid", ["salicylic-acid"], "exact"],
    ["salicilic acid", ["salicylic-acid"], "typo"],
    ["oil of wintergreen", ["methyl-salicylate"], "exact"],
    ["peanuts", ["nut-oils"], "exact"],
    ["sweet almond oil", ["nut-oils"], "exact"],
    ["latex gloves", ["latex"], "exact"],
    ["methylparaben", ["parabens"], "exact"],
    ["sodium lauryl sulphate", ["sulfates"], "exact"],
    ["retin-A", ["retinoids"], "exact"],
    ["beeswax", ["propolis"], "exact"],
    ["AHAs", ["glycolic-acid", "lactic-acid"], "exact"],
    ["numbing cream", ["lidocaine"], "exact"],
  ];

  it.each(cases)("%s → %j (%s)", (text, ingredients, how) => {
    expect(matchAllergy(text)).toMatchObject({ ingredients, how });
  });

  it("an aspirin allergy is a warning for salicylates, not a known allergy to them", () => {
    expect(matchAllergy("aspirin")).toMatchObject({ ingredients: ["salicylic-acid", "willow-bark", "methyl-salicylate"], caution: true });
    expect(matchAllergy("salicylic acid")?.caution).toBe(false);
  });

  it.each(["kiwi", "penicillin", "cats", "shellfish", "sulfites", "sulfa drugs", "bee stings", "wool"])(
    "%s matches nothing in the dictionary",
    (text) => {
      expect(matchAllergy(text)).toBeNull();
    },
  );

  it("short words are never matched by a typo", () => {
    expect(matchAllergy("bho")).toBeNull();
    expect(matchAllergy("nit")).toBeNull();
  });
});

describe("reading the intake's allergies", () => {
  it("splits the free text and keeps what matches nothing", () => {
    const reading = readAllergies({ ingredients: ["latex"], other: "Kiwi, wool wax (lanolin) and perfume; penicillin." });
    expect(reading.matched.map((m) => [m.text, m.origin, m.ingredients])).toEqual([
      ["latex", "ticked", ["latex"]],
      ["wool wax", "typed", ["lanolin"]],
      ["lanolin", "typed", ["lanolin"]],
      ["perfume", "typed", ["fragrance", "tea-tree-oil", "essential-oils", "methyl-salicylate"]],
    ]);
    expect(reading.unmatched).toEqual(["Kiwi", "penicillin"]);
  });

  it.each(["", "none", "None.", "n/a", "No known allergies", "-", "nothing"])("%j is no allergy", (other) => {
    expect(readAllergies({ ingredients: [], other })).toEqual({ matched: [], unmatched: [] });
    expect(hasTypedAllergy(other)).toBe(false);
  });

  it("a known allergy outranks a warning for the same ingredient", () => {
    const reading = readAllergies({ ingredients: ["aspirin"], other: "salicylic acid" });
    expect(allergyIngredients(reading)).toEqual({ never: ["salicylic-acid"], caution: ["willow-bark", "methyl-salicylate"] });
  });

  it("splits on the usual separators", () => {
    expect(splitAllergyText("a, b; c\nd / e and f or g & h")).toEqual(["a", "b", "c", "d", "e", "f", "g", "h"]);
  });
});

describe("normalising words", () => {
  it.each([
    ["Sulphates", ["sulfate"]],
    ["Anaesthetic creams", ["anesthetic", "cream"]],
    ["Crème-fraîche", ["creme", "fraiche"]],
  ])("%s → %j", (text, words) => {
    expect(normaliseWords(text)).toEqual(words);
  });

  it("counts a swap of neighbouring letters as one typo", () => {
    expect(editDistance("lanolin", "lanloin")).toBe(1);
    expect(editDistance("fragrance", "fragance")).toBe(1);
    expect(editDistance("abc", "abc")).toBe(0);
  });
});
