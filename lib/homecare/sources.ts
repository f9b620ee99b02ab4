/**
 * Where each rule comes from: the FACTS.md section (or contraindications row) it encodes. Kept on
 * every line for tests and docs; the editor shows the rule's name (RULES) instead.
 */
export const AFTERCARE = 'FACTS.md: "Aftercare after a deep cleansing facial with extractions"';
export const AT_HOME = 'FACTS.md: "At-home routine (from the deep pore cleansing article)"';
export const SKIN_TYPES = 'FACTS.md: "Skin classification"; article: "Know Your Skin Type"';
export const FAQ_FREQUENCY = 'Article FAQ 1 ("once every 4-6 weeks"); FACTS.md aftercare: "Rebook every 4–6 weeks"';
export const NOTE = "Today's signed treatment note";

export function factsRow(row: string): string {
  return `FACTS.md: contraindications table, row "${row}"`;
}

/** The names staff see for the homecare rules that are not contraindication rules. */
export const RULES = {
  aftercare: "Aftercare after a deep cleansing facial",
  atHome: "At-home routine",
  skinType: "Routine by skin type",
  rebook: "Rebooking every 4–6 weeks",
  note: "Today's treatment note",
  patchTest: "Patch-test new products",
  allergyUnmatched: "Allergy not in the ingredient dictionary",
  pregnancy: "Pregnant or nursing: see the healthcare provider",
  dermatologist: "Rosacea or eczema: see a dermatologist",
} as const;
