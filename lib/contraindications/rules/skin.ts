import { CHEMICAL, EXTRACTION, HEAT, PEELS, PHYSICAL_EXFOLIATION } from "../steps";
import type { Rule, RuleContext, RuleMatch } from "../types";
import { factsRow } from "./shared";

const HSV_ROW = factsRow("history of cold sores (HSV)");
const ROSACEA_ROW = factsRow("rosacea, dilated capillaries");
const PATCH_TEST_ROW = factsRow("allergies; keloid history; Fitzpatrick III–VI");
const SENSITIVE_ROW = factsRow("sensitive skin");

// A cold sore now is also a history of cold sores.
function coldSoreHistory({ intake }: RuleContext): RuleMatch | null {
  const { coldSores } = intake.skinHistory;
  if (coldSores.yes) return { detail: coldSores.date ? `last outbreak ${coldSores.date}` : "cold sores" };
  return intake.currentHealth.activeColdSore ? { detail: "cold sore now" } : null;
}

function rosacea({ intake }: RuleContext): RuleMatch | null {
  const { rosacea: hasRosacea, dilatedCapillaries } = intake.skinHistory;
  if (!hasRosacea && !dilatedCapillaries) return null;
  return { detail: [hasRosacea && "rosacea", dilatedCapillaries && "dilated capillaries"].filter(Boolean).join(" and ") };
}

// The client's own word for their skin, or "sensitivity" among their concerns.
function sensitiveSkin({ intake }: RuleContext): RuleMatch | null {
  const { type, concerns } = intake.skin;
  return type === "sensitive" || concerns.includes("sensitivity") ? { detail: "sensitive skin" } : null;
}

const DARKER_PHOTOTYPES = new Set(["III", "IV", "V", "VI"]);

// A client who is not sure of their phototype is tested too, until the esthetician has assessed it.
function phototype({ intake }: RuleContext): RuleMatch | null {
  const { fitzpatrick } = intake.skin;
  if (fitzpatrick === "not-sure") return { detail: "phototype not known" };
  return DARKER_PHOTOTYPES.has(fitzpatrick) ? { detail: `Fitzpatrick ${fitzpatrick}` } : null;
}

export const skinRules: Rule[] = [
  {
    id: "hsv-history-peel",
    name: "History of cold sores: deeper peels",
    clientReason: "you've had cold sores",
    severity: "CLEARANCE",
    steps: PEELS,
    staffReason: "History of cold sores (HSV): a medium-depth or deeper peel needs physician clearance (antiviral) first",
    clientMessage:
      "Because you've had cold sores, a deeper peel can trigger one. If your treatment includes a deeper peel, we'll need your doctor's OK first (they may suggest a preventive medicine).",
    source: HSV_ROW,
    match: coldSoreHistory,
  },
  {
    id: "rosacea-heat-exfoliation",
    name: "Rosacea or dilated capillaries: heat and exfoliation",
    clientReason: "you have rosacea or visible redness",
    severity: "BLOCK",
    steps: [...HEAT, ...PHYSICAL_EXFOLIATION, ...PEELS],
    staffReason: "Rosacea or dilated capillaries: no steam or heat, no aggressive exfoliation or microdermabrasion, no strong peel",
    clientMessage: "To keep your skin calm, we'll leave out steam, scrubs and strong peels, which can bring on redness and flushing.",
    source: ROSACEA_ROW,
    match: rosacea,
  },
  {
    id: "rosacea-gentle-technique",
    name: "Rosacea or dilated capillaries: gentle technique",
    clientReason: "you have rosacea or visible redness",
    severity: "CAUTION",
    steps: ["EXFOLIATION_CHEMICAL", ...EXTRACTION],
    staffReason: "Rosacea or dilated capillaries: no suction; only gentle acids and light-pressure extraction",
    clientMessage: "We'll keep everything gentle and light-handed to avoid redness.",
    source: ROSACEA_ROW,
    match: rosacea,
  },
  {
    id: "rosacea-consult-dermatologist",
    name: "Rosacea or dilated capillaries: see a dermatologist",
    clientReason: "you have rosacea or visible redness",
    severity: "CAUTION",
    steps: "WHOLE_SERVICE",
    staffReason: "Rosacea or dilated capillaries: suggest the client consults a dermatologist",
    clientMessage: "For rosacea or visible redness, it's a good idea to see a dermatologist too; we're happy to work alongside them.",
    source: ROSACEA_ROW,
    match: rosacea,
  },
  {
    id: "sensitive-skin-gentle",
    name: "Sensitive skin: gentle approach",
    clientReason: "your skin is sensitive",
    severity: "CAUTION",
    steps: [...HEAT, ...PHYSICAL_EXFOLIATION],
    staffReason: "Sensitive skin: shorter steam, no physical scrub",
    clientMessage: "Because your skin is sensitive, we'll keep steam short and skip scrubs.",
    source: SENSITIVE_ROW,
    match: sensitiveSkin,
  },
  {
    id: "sensitive-skin-new-products",
    name: "Sensitive skin: patch-test new products",
    clientReason: "your skin is sensitive",
    // PATCH_TEST, not a staff-only CAUTION: the client is told before the visit and in the plan.
    severity: "PATCH_TEST",
    steps: "PRODUCTS",
    staffReason: "Sensitive skin: patch test any product new to this client",
    clientMessage: "Because your skin is sensitive, we'll test any product that is new to you on a small patch of skin first.",
    source: SENSITIVE_ROW,
    match: sensitiveSkin,
  },
  {
    id: "phototype-patch-test",
    name: "Fitzpatrick III–VI: patch test before peels",
    clientReason: "of how your skin reacts to the sun (darker or tanning skin can mark after a peel)",
    severity: "PATCH_TEST",
    steps: CHEMICAL,
    staffReason: "Fitzpatrick III–VI (or not known): patch test before a peel or chemical exfoliation (pigmentation risk)",
    clientMessage: "Before a peel or exfoliating acid, we'll do a small patch test to make sure your skin tone stays even afterwards.",
    source: PATCH_TEST_ROW,
    match: phototype,
  },
  {
    id: "keloid-patch-test",
    name: "Keloid history: patch test before peels",
    clientReason: "your skin can form raised scars",
    severity: "PATCH_TEST",
    steps: CHEMICAL,
    staffReason: "Keloid history: patch test before a peel or chemical exfoliation",
    clientMessage: "Because your skin can form raised scars, we'll do a small patch test before any peel or exfoliating acid.",
    source: PATCH_TEST_ROW,
    match: ({ intake }) => (intake.skinHistory.keloids ? { detail: "keloids" } : null),
  },
];
