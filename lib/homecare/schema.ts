import { z } from "zod";
import { PLAN_SECTIONS, type HomecarePlan } from "./types";

const date = z.iso.date();
const text = z.string().trim().min(1, "Write the advice").max(1000, "Please keep this under 1000 characters");
const reason = z.string().trim().max(1000, "Please keep this under 1000 characters");

export const planLineSchema = z.object({
  id: z.string().min(1).max(120),
  text,
  reason: z.string().max(1000),
  source: z.string().max(300),
  productId: z.string().optional(),
});

const lines = z.array(planLineSchema).max(40);

/** The stored plan (homecare_plan.content): what the engine drafts and the esthetician edits. */
export const planContentSchema = z.object({
  version: z.string(),
  visitDate: date,
  sections: z.object({
    first72Hours: lines,
    morningRoutine: lines,
    eveningRoutine: lines,
    weekly: lines,
    products: lines,
    warningSigns: lines,
  }),
  activesResumeOn: z.object({ date, reason: z.string(), source: z.string() }).nullable(),
  nextVisit: z.object({ from: date, to: date, reason: z.string(), source: z.string() }),
}) satisfies z.ZodType<HomecarePlan>;

export const planSectionSchema = z.enum(PLAN_SECTIONS);

/** One change to a line, for the review form and the command alike. */
export const planEditSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("ADD"), appointmentId: z.uuid(), section: planSectionSchema, text, reason }),
  z.object({
    kind: z.literal("EDIT"),
    appointmentId: z.uuid(),
    section: planSectionSchema,
    lineId: z.string().min(1).max(120),
    text,
    reason,
  }),
  z.object({ kind: z.literal("REMOVE"), appointmentId: z.uuid(), section: planSectionSchema, lineId: z.string().min(1).max(120) }),
]);
export type PlanEdit = z.output<typeof planEditSchema>;

/** The line form (add or edit): one schema for the form's resolver and the action's safeParse. */
export const lineFormSchema = z.object({ text, reason });
export type LineForm = z.output<typeof lineFormSchema>;

export const SECTION_LABELS: Record<(typeof PLAN_SECTIONS)[number], string> = {
  first72Hours: "The first 72 hours",
  morningRoutine: "Every morning",
  eveningRoutine: "Every evening",
  weekly: "Once or twice a week",
  products: "Products for you",
  warningSigns: "Warning signs and what to do",
};
