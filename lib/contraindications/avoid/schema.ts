import { z } from "zod";
import { TreatmentStep } from "@/lib/db/generated/enums";
import { INGREDIENT_LABELS, type IngredientId } from "@/lib/intake/ingredients";
import type { AvoidModel } from "./types";
import { ACTIVE_IDS } from "./vocabulary";

// A stored avoid model (inside a homecare plan) read back: the same shape computeAvoidModel returns.
const date = z.iso.date();
const until = z.union([date, z.literal("cleared")]);
const reason = z.object({
  ruleId: z.string(),
  ruleName: z.string(),
  clientReason: z.string(),
  source: z.string(),
  clearedWhen: z.string().nullable(),
});
const ingredientId = z.enum(Object.keys(INGREDIENT_LABELS) as [IngredientId, ...IngredientId[]]);
const step = z.enum(TreatmentStep);
const entry = <K extends z.ZodType>(key: K) =>
  z.object({
    key,
    until,
    level: z.enum(["never", "caution"]),
    scope: z.enum(["visit", "home", "both"]),
    reason,
  });

export const avoidModelSchema = z.object({
  version: z.string(),
  visitDate: date,
  intake: z.enum(["on-file", "missing"]),
  ingredients: z.array(entry(ingredientId)),
  actives: z.array(entry(z.enum(ACTIVE_IDS as [(typeof ACTIVE_IDS)[number], ...(typeof ACTIVE_IDS)[number][]]))),
  steps: z.array(entry(z.union([step, z.literal("WHOLE_SERVICE")]))),
  allergies: z.object({
    matched: z.array(
      z.object({ text: z.string(), origin: z.enum(["ticked", "typed"]), ingredients: z.array(ingredientId), caution: z.boolean() }),
    ),
    unmatched: z.array(z.string()),
  }),
  productsNeedConfirmation: z.boolean(),
  patchTests: z.array(
    z.object({ ruleId: z.string(), ruleName: z.string(), appliesTo: z.enum(["products", "peels"]), clientText: z.string() }),
  ),
  clearances: z.array(z.object({ ruleId: z.string(), ruleName: z.string(), steps: z.array(step), clientText: z.string() })),
  precedence: z.array(
    z.object({
      field: z.enum(["skin type", "phototype", "observed"]),
      client: z.string().nullable(),
      esthetician: z.string(),
      reason: z.string(),
    }),
  ),
  activesPauseUntil: date.nullable(),
}) satisfies z.ZodType<AvoidModel>;
