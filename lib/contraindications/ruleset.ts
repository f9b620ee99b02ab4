import { acuteRules } from "./rules/acute";
import { medicalRules } from "./rules/medical";
import { medicationRules } from "./rules/medication";
import { pregnancyRules } from "./rules/pregnancy";
import { procedureRules } from "./rules/procedures";
import { skinRules } from "./rules/skin";
import type { Rule } from "./types";

/**
 * Stored with every evaluation, so a chart shows which rules produced its flags. Bump it whenever a
 * rule is added, removed, or changes what it fires on, affects or says; rule ids never change.
 */
export const RULESET_VERSION = "2026-12-03.1";

/** Every row of FACTS.md's contraindications table, most urgent first. */
export const RULESET: readonly Rule[] = [
  ...acuteRules,
  ...medicationRules,
  ...pregnancyRules,
  ...skinRules,
  ...procedureRules,
  ...medicalRules,
];
