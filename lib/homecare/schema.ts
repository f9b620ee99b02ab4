import { z } from "zod";
import { ACTIVE_IDS, avoidModelSchema, type ActiveId } from "@/lib/contraindications";
import { TreatmentStep } from "@/lib/db/generated/enums";
import { PLAN_SECTIONS, type HomecarePlan } from "./types";

const date = z.iso.date();
const until = z.union([date, z.literal("cleared")]);
const text = z.string().trim().min(1, "Write the advice").max(1000, "Please keep this under 1000 characters");
const reason = z.string().trim().max(1000, "Please keep this under 1000 characters");

const tags = z.object({
  ingredients: z.array(z.string()).optional(),
  actives: z.array(z.enum(ACTIVE_IDS as [ActiveId, ...ActiveId[]])).optional(),
  steps: z.array(z.enum(TreatmentStep)).optional(),
});

export const planLineSchema = z.object({
  id: z.string().min(1).max(120),
  text,
  reason: z.string().max(1000),
  source: z.string().max(600),
  rule: z.string().max(300).optional(),
  productId: z.string().optional(),
  recommends: z.array(z.object({ tags, from: date })).optional(),
  forbids: z.array(z.object({ tags, until })).optional(),
  acknowledged: z.object({ reason: z.string(), conflicts: z.array(z.string()), by: z.string(), at: z.string() }).optional(),
  confirmation: z.object({ required: z.string(), confirmedBy: z.string().optional(), confirmedAt: z.string().optional() }).optional(),
});

const lines = z.array(planLineSchema).max(40);

/** The stored plan (homecare_plan.content): what the engine drafts and the esthetician edits. Older plans lack the newer parts. */
export const planContentSchema = z.object({
  version: z.string(),
  visitDate: date,
  sections: z.object({
    first72Hours: lines,
    morningRoutine: lines,
    eveningRoutine: lines,
    weekly: lines,
    products: lines,
    avoid: lines.default([]),
    warningSigns: lines,
  }),
  activesResumeOn: z
    .object({
      date,
      reason: z.string(),
      source: z.string(),
      rule: z.string().optional(),
      resumes: tags.optional(),
      exceptions: z.array(z.object({ label: z.string(), until, text: z.string(), reason: z.string() })).optional(),
    })
    .nullable(),
  nextVisit: z.object({ from: date, to: date, reason: z.string(), source: z.string(), bookable: z.boolean().optional() }),
  intake: z.object({ state: z.enum(["current", "expired", "missing"]), submittedOn: date.nullable() }).optional(),
  avoid: avoidModelSchema.optional(),
  reviewNotes: z.array(z.string()).optional(),
}) satisfies z.ZodType<HomecarePlan, unknown>;

export const planSectionSchema = z.enum(PLAN_SECTIONS);

/**
 * Why a line is kept although it recommends something the client must avoid: required then
 * (the command refuses without one), recorded with the line and in the audit log.
 */
const override = z.string().trim().max(500, "Please keep this under 500 characters").optional();

/** One change to a line, for the review form and the command alike. */
export const planEditSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("ADD"), appointmentId: z.uuid(), section: planSectionSchema, text, reason, override }),
  z.object({
    kind: z.literal("EDIT"),
    appointmentId: z.uuid(),
    section: planSectionSchema,
    lineId: z.string().min(1).max(120),
    text,
    reason,
    override,
  }),
  z.object({ kind: z.literal("REMOVE"), appointmentId: z.uuid(), section: planSectionSchema, lineId: z.string().min(1).max(120) }),
]);
export type PlanEdit = z.output<typeof planEditSchema>;

/** A person has read the product's label against the client's unreadable allergy. */
export const confirmProductSchema = z.object({ appointmentId: z.uuid(), lineId: z.string().min(1).max(120) });
export type ConfirmProductInput = z.output<typeof confirmProductSchema>;

/** The line form (add or edit): one schema for the form's resolver and the action's safeParse. */
export const lineFormSchema = z.object({ text, reason, override });
export type LineForm = z.output<typeof lineFormSchema>;

export const SECTION_LABELS: Record<(typeof PLAN_SECTIONS)[number], string> = {
  first72Hours: "The first 72 hours",
  morningRoutine: "Every morning",
  eveningRoutine: "Every evening",
  weekly: "Once or twice a week",
  products: "Products for you",
  avoid: "What to avoid, and until when",
  warningSigns: "Warning signs and what to do",
};
