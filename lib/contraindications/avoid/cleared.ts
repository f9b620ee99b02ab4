/**
 * "Until cleared", in the client's words, by the rule that says so. An avoidance with a window has
 * a date instead; one without says what has to change before it ends.
 */
const CLEARED_WHEN: [RegExp, string][] = [
  [/^pregnancy-|^home\.pregnancy/, "while you're pregnant or breastfeeding"],
  [/^allergen-products$|^home\.allerg/, "for as long as you have this allergy"],
  [/^aspirin-allergy/, "unless your doctor says otherwise"],
  [/^rosacea-|^home\.rosacea/, "while your skin is prone to redness"],
  [/^sensitive-skin|^home\.sensitive/, "while your skin is sensitive"],
  [/^isotretinoin-/, "while you take isotretinoin, and for six months after you stop"],
  [/^sunburn-/, "until your skin has healed"],
  [/^skin-flare-|^home\.flare/, "until the flare has settled"],
  [/^active-infection$/, "until it has fully cleared"],
  [/^implant-electrical$/, "for as long as you have the implant"],
  [/^topical-actives-recent$/, "until you have paused your retinoid or acids for a few days before a visit"],
];

export const DEFAULT_CLEARED_WHEN = "until your esthetician says it's fine";

export function clearedWhenFor(ruleId: string): string {
  return CLEARED_WHEN.find(([pattern]) => pattern.test(ruleId))?.[1] ?? DEFAULT_CLEARED_WHEN;
}
