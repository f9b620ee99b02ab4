import { allergyIngredients, readAllergies } from "@/lib/intake/allergy-matching";
import { ALLERGEN_LABELS } from "@/lib/intake/ingredients";
import type { IntakeAnswers } from "@/lib/intake/schema";
import { ALL_EXFOLIATION, ELECTRICAL, EXTRACTION } from "../steps";
import type { Rule, RuleContext, RuleMatch } from "../types";
import { factsRow } from "./shared";

const ALLERGY_ROW = factsRow("allergies; keloid history; Fitzpatrick III–VI");
const DIABETES_ROW = factsRow("diabetes");
const IMPLANT_ROW = factsRow("pacemaker, metal implants");

// Ticked and typed allergies are read through the one ingredient dictionary (lib/intake/allergy-matching.ts).
const allergiesOf = (intake: IntakeAnswers) => readAllergies(intake.allergies);

function anyAllergy({ intake }: RuleContext): RuleMatch | null {
  const reading = allergiesOf(intake);
  const ticked = intake.allergies.ingredients.map((id) => ALLERGEN_LABELS[id].toLowerCase());
  const typed = [...reading.matched.filter((m) => m.origin === "typed").map((m) => m.text), ...reading.unmatched].map((t) => `"${t}"`);
  const all = [...ticked, ...typed];
  return all.length > 0 ? { detail: `allergic to ${all.join(", ")}` } : null;
}

function knownAllergens({ intake }: RuleContext): RuleMatch | null {
  const { never } = allergyIngredients(allergiesOf(intake));
  return never.length > 0 ? { ingredients: never, detail: `ingredients: ${never.join(", ")}` } : null;
}

// "Aspirin" ticked or typed is the same warning: salicylates are related to it (FACTS.md).
function aspirinAllergy({ intake }: RuleContext): RuleMatch | null {
  const { caution } = allergyIngredients(allergiesOf(intake));
  return caution.length > 0 ? { ingredients: caution, detail: "aspirin / salicylate allergy" } : null;
}

// An allergy the dictionary cannot read: no product can be checked automatically against it.
function unmatchedAllergy({ intake }: RuleContext): RuleMatch | null {
  const { unmatched } = allergiesOf(intake);
  return unmatched.length > 0 ? { detail: `not in the ingredient dictionary: ${unmatched.map((t) => `"${t}"`).join(", ")}` } : null;
}

function diabetes({ intake }: RuleContext): RuleMatch | null {
  return intake.medical.conditions.includes("diabetes") ? { detail: "diabetes" } : null;
}

export const medicalRules: Rule[] = [
  {
    id: "allergy-patch-test",
    name: "Allergies: patch test",
    clientReason: "of your allergies",
    severity: "PATCH_TEST",
    steps: "PRODUCTS",
    staffReason: "Allergies reported: patch test before products or peels",
    clientMessage: "Because of your allergies, we'll test products on a small patch of skin before using them on your face.",
    source: ALLERGY_ROW,
    match: anyAllergy,
  },
  {
    id: "allergen-products",
    name: "Known allergens",
    clientReason: "you're allergic to it",
    severity: "BLOCK",
    steps: "PRODUCTS",
    staffReason: "Known allergens: never use a product that contains one",
    clientMessage: "We'll never use a product containing something you're allergic to.",
    source: ALLERGY_ROW,
    match: knownAllergens,
  },
  {
    id: "aspirin-allergy-salicylic",
    name: "Aspirin allergy: salicylates",
    clientReason: "you're allergic to aspirin, and salicylates are related to it",
    severity: "CAUTION",
    steps: "PRODUCTS",
    ingredients: ["salicylic-acid", "willow-bark", "methyl-salicylate"],
    staffReason: "Aspirin allergy: salicylic acid and other salicylates may cross-react; avoid them or check with the client's physician",
    clientMessage:
      "Because you're allergic to aspirin, we'll avoid salicylic acid and related ingredients (such as willow bark) unless your doctor says they're fine.",
    source: ALLERGY_ROW,
    match: aspirinAllergy,
  },
  {
    id: "allergy-unmatched",
    name: "Allergy not in the ingredient dictionary",
    clientReason: "of an allergy you told us about that we check by reading labels",
    severity: "CAUTION",
    steps: "PRODUCTS",
    staffReason:
      "Allergy that matches no ingredient in the dictionary: check every product's label with the client before using or recommending it",
    clientMessage:
      "You told us about an allergy we can't check against our ingredient lists automatically, so we'll read each product's label with you before using it.",
    source: ALLERGY_ROW,
    match: unmatchedAllergy,
  },
  {
    id: "diabetes-extraction",
    name: "Diabetes: extraction",
    clientReason: "of your diabetes (skin heals more slowly)",
    severity: "CAUTION",
    steps: EXTRACTION,
    staffReason: "Diabetes: slower healing and reduced sensation; gentle extraction or none",
    clientMessage: "We'll keep extractions very gentle, or skip them, to help your skin heal well.",
    source: DIABETES_ROW,
    match: diabetes,
  },
  {
    id: "diabetes-exfoliation",
    name: "Diabetes: exfoliation",
    clientReason: "of your diabetes (skin heals more slowly)",
    severity: "CAUTION",
    steps: ALL_EXFOLIATION,
    staffReason: "Diabetes: slower healing; no aggressive exfoliation",
    clientMessage: "We'll use only gentle exfoliation to help your skin heal well.",
    source: DIABETES_ROW,
    match: diabetes,
  },
  {
    id: "implant-electrical",
    name: "Pacemaker or metal implants: electrical devices",
    clientReason: "you have a pacemaker or a metal implant",
    severity: "BLOCK",
    steps: ELECTRICAL,
    staffReason: "Pacemaker or metal implants: no electrical stimulation (galvanic, microcurrent, high frequency)",
    clientMessage: "Because of your pacemaker or implant, we won't use any electrical facial devices.",
    source: IMPLANT_ROW,
    match: ({ intake }) => {
      const { pacemaker, metalImplants } = intake.devices;
      const devices = [pacemaker && "pacemaker", metalImplants && "metal implants"].filter(Boolean);
      return devices.length > 0 ? { detail: devices.join(" and ") } : null;
    },
  },
];
