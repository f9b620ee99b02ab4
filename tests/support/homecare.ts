import type { SkinAnalysis, TreatmentStep } from "@/lib/contraindications";
import type { DeepPartial } from "@/lib/intake/draft";
import { buildIntakeAnswers } from "@/tests/support/intake";
import type { IntakeAnswers } from "@/lib/intake/schema";
import { avoidModelForPlan } from "@/lib/homecare/avoid-model";
import { buildHomecarePlan } from "@/lib/homecare/engine";
import type { HomecarePlan, PlanLine, PlanProduct } from "@/lib/homecare/types";

export const VISIT = "2030-03-12";
export const DEEP_PORE_STEPS: TreatmentStep[] = ["CLEANSE", "STEAM", "EXFOLIATION_PHYSICAL", "EXTRACTION", "MASK", "MOISTURISE"];

let next = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++next).padStart(12, "0")}`;

/** The demo back-bar (prisma/seed/demo-products.ts) with ids. */
export const CATALOGUE: PlanProduct[] = [
  ["Gentle Milk Cleanser", []],
  ["Rose Foaming Cleanser", ["fragrance", "sulfates"]],
  ["Clarifying BHA Toner", ["salicylic-acid"]],
  ["Glycolic Resurfacing Peel 20%", ["glycolic-acid"]],
  ["Lactic Brightening Peel 10%", ["lactic-acid"]],
  ["Tea Tree Purifying Clay Mask", ["tea-tree-oil", "essential-oils"]],
  ["Calming Oat Mask", []],
  ["Retinol Night Serum", ["retinoids"]],
  ["Vitamin C Brightening Serum", ["vitamin-c"]],
  ["Lanolin Barrier Balm", ["lanolin"]],
  ["Fragrance-free Hydrating Moisturiser", []],
  ["Mineral Sunscreen SPF 30", []],
].map(([name, ingredients]) => ({ id: uuid(), name: name as string, ingredients: ingredients as string[] }));

export function planFor(
  patch: DeepPartial<IntakeAnswers>,
  options: {
    steps?: TreatmentStep[];
    skipped?: TreatmentStep[];
    skinResponse?: string;
    catalogue?: PlanProduct[];
    analysis?: SkinAnalysis | null;
  } = {},
): HomecarePlan {
  const intake = buildIntakeAnswers(patch);
  const skipped = options.skipped ?? [];
  const steps = (options.steps ?? DEEP_PORE_STEPS).map((step) => ({ step, performed: !skipped.includes(step) }));
  const note = { steps, productIds: [], skinResponse: options.skinResponse ?? "", analysis: options.analysis ?? null };
  return buildHomecarePlan({
    intake,
    note,
    avoid: avoidModelForPlan({ intake, visitDate: VISIT, note }),
    catalogue: options.catalogue ?? CATALOGUE,
    visitDate: VISIT,
    serviceSteps: options.steps ?? DEEP_PORE_STEPS,
  });
}

export const ids = (lines: readonly PlanLine[]) => lines.map((line) => line.id);
export const texts = (lines: readonly PlanLine[]) => lines.map((line) => line.text).join("\n");
export const productNames = (plan: HomecarePlan, catalogue: readonly PlanProduct[] = CATALOGUE) =>
  plan.sections.products.map((line) => catalogue.find((product) => product.id === line.productId)?.name);
