import type { DictionarySource } from "./ingredient-dictionary";
import type { IngredientId } from "./ingredients";

// The names a client may use for a whole group of ingredients, and the words that only look like
// an ingredient's name. Read with the dictionary (lib/intake/allergy-matching.ts); data, with its
// sources, like the dictionary itself.

/**
 * A group a client may name as a whole. `caution`: a warning rather than a known allergy
 * (FACTS.md: "aspirin allergy is a warning for salicylic acid"), so staff are warned in the
 * treatment room and the plan never sends the client home with a member.
 */
export interface DictionaryFamily {
  id: string;
  label: string;
  names: readonly string[];
  members: readonly IngredientId[];
  caution?: boolean;
  sources: readonly DictionarySource[];
}

export const INGREDIENT_FAMILIES: readonly DictionaryFamily[] = [
  {
    id: "fragrance",
    label: "Fragrance, including essential oils",
    names: ["fragrance", "fragrances", "perfume", "parfum", "scent", "fragrance allergens", "fragrance mix"],
    members: ["fragrance", "essential-oils", "tea-tree-oil", "methyl-salicylate"],
    sources: ["eu-fragrance-allergens", "baseline-series"],
  },
  {
    id: "essential-oils",
    label: "Essential oils",
    names: ["essential oils", "plant oils", "aromatherapy oils"],
    members: ["essential-oils", "tea-tree-oil", "methyl-salicylate"],
    sources: ["eu-fragrance-allergens"],
  },
  {
    id: "salicylates",
    label: "Salicylates",
    names: ["salicylates", "salicylate"],
    members: ["salicylic-acid", "willow-bark", "methyl-salicylate"],
    sources: ["willow-salicin", "facts-allergies"],
  },
  {
    id: "aspirin",
    label: "Aspirin (a warning for salicylates)",
    names: ["aspirin", "acetylsalicylic acid", "aspirin or salicylates"],
    members: ["salicylic-acid", "willow-bark", "methyl-salicylate"],
    caution: true,
    sources: ["facts-allergies", "willow-salicin"],
  },
  {
    id: "aha",
    label: "Alpha hydroxy acids",
    names: ["aha", "ahas", "alpha hydroxy acid", "alpha hydroxy acids", "fruit acids"],
    members: ["glycolic-acid", "lactic-acid"],
    sources: ["cosing"],
  },
  {
    id: "nuts",
    label: "Nuts and nut oils",
    names: ["nuts", "nut", "tree nuts", "nut oils", "nuts or nut oils"],
    members: ["nut-oils"],
    sources: ["cosing"],
  },
  {
    id: "bee-products",
    label: "Bee products",
    names: ["bee products", "bee product", "bee products propolis beeswax"],
    members: ["propolis"],
    sources: ["baseline-series"],
  },
  {
    id: "local-anaesthetics",
    label: "Local anaesthetics",
    names: ["local anesthetic", "local anesthetics", "numbing creams", "lidocaine or numbing creams"],
    members: ["lidocaine"],
    sources: ["cosing"],
  },
];

/**
 * Words that look like a dictionary name but mean something else; they are never matched by typo
 * tolerance ("sulfites" is one letter from "sulfates", "sulfa" drugs are antibiotics).
 */
export const DISTINCT_TERMS: readonly string[] = [
  "sulfite",
  "sulfites",
  "sulphite",
  "sulphites",
  "sulfa",
  "sulfonamide",
  "sulfonamides",
  "vitamin b",
  "vitamin b3",
  "vitamin b5",
  "vitamin d",
  "vitamin e",
  "vitamin k",
];
