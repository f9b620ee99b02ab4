import type { IngredientId } from "./ingredients";

/**
 * The ingredient dictionary: for every ingredient id a product can list, the names it goes by on
 * a label (INCI) and in conversation; the families a person may name instead ("salicylates",
 * "perfume") are in lib/intake/ingredient-families.ts. Typed allergies, ticked allergies and the words of a homecare line are all read
 * through it (lib/intake/allergy-matching.ts), so an allergy written as "wool wax" rules out the
 * lanolin balm. Data, with the sources each entry rests on; a clinician adds names here, not in code.
 */

export const DICTIONARY_SOURCES = {
  cosing: {
    title: "CosIng, the European Commission's database of cosmetic ingredients (INCI names)",
    url: "https://ec.europa.eu/growth/tools-databases/cosing/",
  },
  "eu-fragrance-allergens": {
    title:
      "Regulation (EC) No 1223/2009, Annex III, and Commission Regulation (EU) 2023/1545: fragrance allergens named on labels, which also occur as constituents of essential oils and botanical extracts",
    url: "https://eur-lex.europa.eu/eli/reg/2023/1545/oj",
  },
  "baseline-series": {
    title:
      "European baseline patch-test series: wool wax alcohols, fragrance mixes I and II, Myroxylon pereirae (balsam of Peru), propolis",
    url: null,
  },
  "willow-salicin": {
    title:
      "Herbal monographs on white willow (Salix alba): its salicin is an aspirin-related salicylate; people allergic to aspirin are advised to avoid it",
    url: null,
  },
  "facts-allergies": {
    title:
      'FACTS.md: contraindications table, row "allergies; keloid history; Fitzpatrick III–VI" (aspirin allergy is a warning for salicylic acid)',
    url: null,
  },
} as const;
export type DictionarySource = keyof typeof DICTIONARY_SOURCES;

export interface DictionaryEntry {
  id: IngredientId;
  /** Names as they appear in an ingredient list (INCI). */
  inci: readonly string[];
  /** Everyday names, abbreviations and brand-like terms clients use. */
  common: readonly string[];
  sources: readonly DictionarySource[];
}

// The fragrance allergens named individually on EU labels (the original 26 of Annex III).
const LABELLED_FRAGRANCE_ALLERGENS = [
  "Amyl Cinnamal",
  "Amylcinnamyl Alcohol",
  "Anise Alcohol",
  "Benzyl Alcohol",
  "Benzyl Benzoate",
  "Benzyl Cinnamate",
  "Benzyl Salicylate",
  "Cinnamyl Alcohol",
  "Cinnamal",
  "Citral",
  "Citronellol",
  "Coumarin",
  "Eugenol",
  "Farnesol",
  "Geraniol",
  "Hexyl Cinnamal",
  "Hydroxycitronellal",
  "Isoeugenol",
  "Butylphenyl Methylpropional",
  "Limonene",
  "Linalool",
  "Methyl 2-Octynoate",
  "Alpha-Isomethyl Ionone",
  "Evernia Prunastri Extract",
  "Evernia Furfuracea Extract",
  "Hydroxyisohexyl 3-Cyclohexene Carboxaldehyde",
];

export const INGREDIENT_DICTIONARY: readonly DictionaryEntry[] = [
  {
    id: "fragrance",
    inci: ["Parfum", "Fragrance", "Aroma", "Myroxylon Pereirae Resin", ...LABELLED_FRAGRANCE_ALLERGENS],
    common: ["perfume", "scent", "fragrance mix", "balsam of peru", "oakmoss", "treemoss", "lyral", "lilial"],
    sources: ["cosing", "eu-fragrance-allergens", "baseline-series"],
  },
  {
    id: "essential-oils",
    inci: [
      "Lavandula Angustifolia Oil",
      "Rosa Damascena Flower Oil",
      "Mentha Piperita Oil",
      "Eucalyptus Globulus Leaf Oil",
      "Citrus Aurantium Bergamia Peel Oil",
      "Cananga Odorata Flower Oil",
      "Citrus Limon Peel Oil",
      "Rosmarinus Officinalis Leaf Oil",
    ],
    common: [
      "essential oil",
      "lavender oil",
      "rose oil",
      "peppermint oil",
      "eucalyptus oil",
      "bergamot oil",
      "ylang ylang",
      "lemon oil",
      "citrus oil",
      "rosemary oil",
    ],
    sources: ["cosing", "eu-fragrance-allergens"],
  },
  {
    id: "tea-tree-oil",
    inci: ["Melaleuca Alternifolia Leaf Oil"],
    common: ["tea tree", "ti tree", "melaleuca"],
    sources: ["cosing", "eu-fragrance-allergens"],
  },
  {
    id: "latex",
    inci: ["Latex", "Natural Rubber Latex"],
    common: ["rubber", "natural rubber", "latex gloves"],
    sources: ["cosing"],
  },
  {
    id: "nut-oils",
    inci: [
      "Prunus Amygdalus Dulcis Oil",
      "Arachis Hypogaea Oil",
      "Macadamia Integrifolia Seed Oil",
      "Juglans Regia Seed Oil",
      "Corylus Avellana Seed Oil",
      "Bertholletia Excelsa Seed Oil",
    ],
    common: [
      "nut oil",
      "almond",
      "almond oil",
      "sweet almond oil",
      "peanut",
      "peanut oil",
      "groundnut",
      "macadamia",
      "walnut",
      "hazelnut",
      "brazil nut",
      "cashew",
      "pistachio",
      "pecan",
    ],
    sources: ["cosing"],
  },
  {
    id: "lanolin",
    inci: [
      "Lanolin",
      "Lanolin Alcohol",
      "Lanolin Oil",
      "Hydrogenated Lanolin",
      "Acetylated Lanolin",
      "Acetylated Lanolin Alcohol",
      "PEG-75 Lanolin",
    ],
    common: ["wool wax", "wool wax alcohols", "wool alcohols", "wool fat", "wool grease", "adeps lanae", "sheep wool"],
    sources: ["cosing", "baseline-series"],
  },
  {
    id: "parabens",
    inci: ["Methylparaben", "Ethylparaben", "Propylparaben", "Butylparaben", "Isobutylparaben"],
    common: ["paraben"],
    sources: ["cosing"],
  },
  {
    id: "sulfates",
    inci: ["Sodium Lauryl Sulfate", "Sodium Laureth Sulfate", "Ammonium Lauryl Sulfate", "Ammonium Laureth Sulfate"],
    common: ["sulfate", "sls", "sles"],
    sources: ["cosing"],
  },
  {
    id: "benzoyl-peroxide",
    inci: ["Benzoyl Peroxide"],
    common: ["bpo"],
    sources: ["cosing"],
  },
  {
    id: "lidocaine",
    inci: ["Lidocaine", "Lidocaine HCl"],
    common: ["lignocaine", "numbing cream", "emla"],
    sources: ["cosing"],
  },
  {
    id: "propolis",
    inci: ["Propolis Extract", "Cera Alba", "Beeswax", "Mel", "Royal Jelly Extract"],
    common: ["propolis", "bee glue", "honey", "royal jelly", "bee pollen"],
    sources: ["cosing", "baseline-series"],
  },
  {
    id: "salicylic-acid",
    inci: ["Salicylic Acid", "Betaine Salicylate", "Sodium Salicylate", "Capryloyl Salicylic Acid"],
    common: ["bha", "beta hydroxy acid", "salicylic"],
    sources: ["cosing", "facts-allergies"],
  },
  {
    id: "willow-bark",
    inci: ["Salix Alba Bark Extract", "Salix Nigra Bark Extract"],
    common: ["willow bark", "white willow", "salicin"],
    sources: ["cosing", "willow-salicin"],
  },
  {
    id: "methyl-salicylate",
    inci: ["Methyl Salicylate", "Gaultheria Procumbens Leaf Oil", "Betula Lenta Bark Oil"],
    common: ["wintergreen", "oil of wintergreen", "sweet birch oil"],
    sources: ["cosing", "eu-fragrance-allergens"],
  },
  {
    id: "glycolic-acid",
    inci: ["Glycolic Acid"],
    common: ["glycolic"],
    sources: ["cosing"],
  },
  {
    id: "lactic-acid",
    inci: ["Lactic Acid", "Sodium Lactate"],
    common: ["lactic"],
    sources: ["cosing"],
  },
  {
    id: "retinoids",
    inci: [
      "Retinol",
      "Retinal",
      "Retinyl Palmitate",
      "Retinyl Acetate",
      "Hydroxypinacolone Retinoate",
      "Tretinoin",
      "Adapalene",
      "Tazarotene",
    ],
    common: ["retinoid", "vitamin a", "retin a", "differin"],
    sources: ["cosing"],
  },
  {
    id: "hydroquinone",
    inci: ["Hydroquinone"],
    common: [],
    sources: ["cosing"],
  },
  {
    id: "vitamin-c",
    inci: [
      "Ascorbic Acid",
      "Sodium Ascorbyl Phosphate",
      "Magnesium Ascorbyl Phosphate",
      "Ascorbyl Glucoside",
      "Ascorbyl Tetraisopalmitate",
      "Tetrahexyldecyl Ascorbate",
      "3-O-Ethyl Ascorbic Acid",
    ],
    common: ["vitamin c", "ascorbic"],
    sources: ["cosing"],
  },
];
