import { TreatmentStep } from "@/lib/db/generated/enums";
import { isLocalDate, type LocalDate } from "@/lib/dates/local-date";
import { readAllergies } from "@/lib/intake/allergy-matching";
import type { IngredientId } from "@/lib/intake/ingredients";
import type { IntakeAnswers } from "@/lib/intake/schema";
import { evaluateContraindications } from "../evaluate";
import type { ContraindicationOptionsInput } from "../options";
import { RULESET_VERSION } from "../ruleset";
import type { ContraindicationFlag } from "../types";
import { applySkinAnalysis, type SkinAnalysis } from "./analysis";
import { aftercareEntries, OPENING_STEPS } from "./aftercare";
import { clearedWhenFor } from "./cleared";
import { homeEntries } from "./home-rules";
import type { AvoidEntry, AvoidModel, AvoidReason, StepKey } from "./types";
import { ACTIVE_IDS, ingredientsOfActive, type ActiveId } from "./vocabulary";

/** Stored with every model (and so with every plan). Bump it when what the model derives changes. */
export const AVOID_MODEL_VERSION = "2026-12-03.1";

const EVERY_STEP = Object.values(TreatmentStep);

/** Flags about the timing of a professional treatment, not about the client's skin at home. */
const VISIT_ONLY_FLAGS = new Set(["topical-actives-recent", "hair-removal-recent"]);

export interface AvoidModelInput {
  /** The intake current at the visit; null when none is on file. */
  intake: IntakeAnswers | null;
  visitDate: LocalDate;
  /** The esthetician's own analysis from the note; it takes precedence over the self-report. */
  analysis?: SkinAnalysis | null;
  /** Steps actually performed (the signed note): their aftercare windows are added. */
  performedSteps?: readonly TreatmentStep[];
  options?: ContraindicationOptionsInput;
}

export function reasonOfFlag(flag: ContraindicationFlag): AvoidReason {
  return {
    ruleId: flag.id,
    ruleName: flag.name,
    clientReason: flag.clientReason,
    source: flag.source,
    clearedWhen: flag.window ? null : clearedWhenFor(flag.id),
  };
}

type Entries = { ingredients: AvoidEntry<IngredientId>[]; actives: AvoidEntry<ActiveId>[]; steps: AvoidEntry<StepKey>[] };

/** BLOCK flags on steps, the whole service or products; CAUTION flags that name ingredients. */
function entriesOfFlags(flags: readonly ContraindicationFlag[]): Entries {
  const out: Entries = { ingredients: [], actives: [], steps: [] };
  for (const flag of flags) {
    const until = flag.window?.until ?? "cleared";
    const reason = reasonOfFlag(flag);
    if (flag.severity === "BLOCK" && flag.affectedSteps === "WHOLE_SERVICE") {
      out.steps.push({ key: "WHOLE_SERVICE", until, level: "never", scope: "visit", reason });
    } else if (flag.severity === "BLOCK" && Array.isArray(flag.affectedSteps)) {
      const scope = VISIT_ONLY_FLAGS.has(flag.id) ? "visit" : "both";
      for (const step of flag.affectedSteps) out.steps.push({ key: step, until, level: "never", scope, reason });
    } else if (flag.ingredients.length > 0 && (flag.severity === "BLOCK" || flag.severity === "CAUTION")) {
      const level = flag.severity === "BLOCK" ? "never" : "caution";
      for (const id of flag.ingredients) out.ingredients.push({ key: id, until, level, scope: "both", reason });
      // An active every ingredient of which is ruled out is ruled out as an active too (resume advice reads actives).
      for (const active of ACTIVE_IDS) {
        if (ingredientsOfActive(active).every((id) => flag.ingredients.includes(id))) {
          out.actives.push({ key: active, until, level, scope: "both", reason });
        }
      }
    }
  }
  return out;
}

/** Exfoliating with acids at home is using exfoliating acids: the one avoidance implies the other. */
function derivedActives(steps: readonly AvoidEntry<StepKey>[]): AvoidEntry<ActiveId>[] {
  return steps
    .filter((entry) => entry.key === "EXFOLIATION_CHEMICAL" && entry.scope !== "visit")
    .map((entry) => ({ ...entry, key: "exfoliating-acids" as const, scope: "home" as const }));
}

/**
 * Intake (with the esthetician's analysis applied) × visit date × steps performed → everything the
 * client must avoid, each with its until-date or "until cleared" and the rule behind it. Pure.
 */
export function computeAvoidModel(input: AvoidModelInput): AvoidModel {
  if (!isLocalDate(input.visitDate)) throw new RangeError(`Invalid visit date: ${input.visitDate}`);
  const performed = new Set(input.performedSteps ?? []);
  const base = {
    version: `${AVOID_MODEL_VERSION}+${RULESET_VERSION}`,
    visitDate: input.visitDate,
    clearances: [] as AvoidModel["clearances"],
    patchTests: [] as AvoidModel["patchTests"],
  };
  if (!input.intake) {
    const after = aftercareEntries({ visitDate: input.visitDate, performed, retinoidUser: false });
    return {
      ...base,
      intake: "missing",
      ...after.entries,
      allergies: { matched: [], unmatched: [] },
      productsNeedConfirmation: true,
      precedence: [],
      activesPauseUntil: after.pauseUntil,
    };
  }
  const { intake, notes } = applySkinAnalysis(input.intake, input.analysis);
  const flags = evaluateContraindications({ intake, steps: EVERY_STEP, visitDate: input.visitDate, options: input.options }).flags;
  const fromFlags = entriesOfFlags(flags);
  const home = homeEntries(flags);
  const after = aftercareEntries({
    visitDate: input.visitDate,
    performed,
    retinoidUser: flags.some((flag) => flag.id === "topical-actives-recent"),
  });
  const steps = [...fromFlags.steps, ...home.steps, ...after.entries.steps];
  const allergies = readAllergies(intake.allergies);
  return {
    ...base,
    intake: "on-file",
    ingredients: [...fromFlags.ingredients, ...home.ingredients, ...after.entries.ingredients],
    actives: [...fromFlags.actives, ...home.actives, ...after.entries.actives, ...derivedActives(steps)],
    steps,
    allergies: {
      matched: allergies.matched.map(({ text, origin, ingredients, caution }) => ({ text, origin, ingredients, caution })),
      unmatched: allergies.unmatched,
    },
    productsNeedConfirmation: allergies.unmatched.length > 0,
    patchTests: flags
      .filter((flag) => flag.severity === "PATCH_TEST")
      .map((flag) => ({
        ruleId: flag.id,
        ruleName: flag.name,
        appliesTo: flag.affectedSteps === "PRODUCTS" ? "products" : "peels",
        clientText: flag.clientMessage,
      })),
    clearances: flags
      .filter((flag) => flag.severity === "CLEARANCE" && Array.isArray(flag.affectedSteps))
      .map((flag) => ({
        ruleId: flag.id,
        ruleName: flag.name,
        steps: flag.affectedSteps as TreatmentStep[],
        clientText: flag.clientMessage,
      })),
    precedence: notes,
    activesPauseUntil: after.pauseUntil,
  };
}

export { OPENING_STEPS };
