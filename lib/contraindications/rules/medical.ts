import { ALLERGEN_INGREDIENT, ALLERGEN_LABELS, type IngredientId } from "@/lib/intake/ingredients";
import type { IntakeAnswers } from "@/lib/intake/schema";
import { ALL_EXFOLIATION, ELECTRICAL, EXTRACTION } from "../steps";
import type { Rule, RuleContext, RuleMatch } from "../types";
import { factsRow } from "./shared";

const ALLERGY_ROW = factsRow("allergies; keloid history; Fitzpatrick III–VI");
const DIABETES_ROW = factsRow("diabetes");
const IMPLANT_ROW = factsRow("pacemaker, metal implants");

/** Clients write "none" in the free-text box as often as they leave it empty. */
const NO_ALLERGY = /^(none|no|nope|n\/?a|nil|nothing|no allergies|-+)\.?$/i;

function otherAllergies(intake: IntakeAnswers): string | null {
  const other = intake.allergies.other?.trim() ?? "";
  return other === "" || NO_ALLERGY.test(other) ? null : other;
}

function anyAllergy({ intake }: RuleContext): RuleMatch | null {
  const ticked = intake.allergies.ingredients.map((id) => ALLERGEN_LABELS[id].toLowerCase());
  const other = otherAllergies(intake);
  const all = other ? [...ticked, `"${other}"`] : ticked;
  return all.length > 0 ? { detail: `allergic to ${all.join(", ")}` } : null;
}

function knownAllergens({ intake }: RuleContext): RuleMatch | null {
  const ingredients = intake.allergies.ingredients.map((id) => ALLERGEN_INGREDIENT[id]).filter((id): id is IngredientId => id !== null);
  return ingredients.length > 0 ? { ingredients, detail: `ingredients: ${ingredients.join(", ")}` } : null;
}

// The free text is searched too: "aspirin" typed instead of ticked is the same warning.
function aspirinAllergy({ intake }: RuleContext): RuleMatch | null {
  const ticked = intake.allergies.ingredients.includes("aspirin");
  const typed = /aspirin|salicyl/i.test(otherAllergies(intake) ?? "");
  return ticked || typed ? { detail: "aspirin / salicylate allergy" } : null;
}

function diabetes({ intake }: RuleContext): RuleMatch | null {
  return intake.medical.conditions.includes("diabetes") ? { detail: "diabetes" } : null;
}

export const medicalRules: Rule[] = [
  {
    id: "allergy-patch-test",
    severity: "PATCH_TEST",
    steps: "PRODUCTS",
    staffReason: "Allergies reported: patch test before products or peels",
    clientMessage: "Because of your allergies, we'll test products on a small patch of skin before using them on your face.",
    source: ALLERGY_ROW,
    match: anyAllergy,
  },
  {
    id: "allergen-products",
    severity: "BLOCK",
    steps: "PRODUCTS",
    staffReason: "Known allergens: never use a product that contains one",
    clientMessage: "We'll never use a product containing something you're allergic to.",
    source: ALLERGY_ROW,
    match: knownAllergens,
  },
  {
    id: "aspirin-allergy-salicylic",
    severity: "CAUTION",
    steps: "PRODUCTS",
    ingredients: ["salicylic-acid"],
    staffReason: "Aspirin allergy: salicylic acid may cross-react; avoid it or check with the client's physician",
    clientMessage:
      "Because you're allergic to aspirin, we'll avoid salicylic acid (a related ingredient) unless your doctor says it's fine.",
    source: ALLERGY_ROW,
    match: aspirinAllergy,
  },
  {
    id: "diabetes-extraction",
    severity: "CAUTION",
    steps: EXTRACTION,
    staffReason: "Diabetes: slower healing and reduced sensation; gentle extraction or none",
    clientMessage: "We'll keep extractions very gentle, or skip them, to help your skin heal well.",
    source: DIABETES_ROW,
    match: diabetes,
  },
  {
    id: "diabetes-exfoliation",
    severity: "CAUTION",
    steps: ALL_EXFOLIATION,
    staffReason: "Diabetes: slower healing; no aggressive exfoliation",
    clientMessage: "We'll use only gentle exfoliation to help your skin heal well.",
    source: DIABETES_ROW,
    match: diabetes,
  },
  {
    id: "implant-electrical",
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
