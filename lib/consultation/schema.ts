import { z } from "zod";
import { EMPTY_ANALYSIS, skinAnalysisSchema } from "@/lib/contraindications";
import { TreatmentStep } from "@/lib/db/generated/enums";
import { faceMapSchema, upgradeLegacyFaceMap } from "./face-map";

export const SOAP_LABELS = {
  subjective: "S — Subjective: the client's words",
  objective: "O — Objective: your analysis",
  assessment: "A — Assessment: what was done",
  plan: "P — Plan: frequency, homecare, next treatment",
} as const;

const text = (max: number) => z.string().trim().max(max, `Please keep this under ${max} characters`).default("");

export const noteStepSchema = z.object({
  step: z.enum(TreatmentStep),
  performed: z.boolean(),
  /** Required when a step under a BLOCK flag is performed anyway (checked by the command). */
  overrideReason: text(500),
});
export type NoteStep = z.output<typeof noteStepSchema>;

/**
 * The treatment note, for the note form's resolver and the commands alike. Every part may be
 * empty while drafting; the rules that need the chart (flags, allergens) live in the commands.
 */
export const noteContentSchema = z.object({
  subjective: text(4000),
  objective: text(4000),
  assessment: text(4000),
  plan: text(4000),
  faceMap: faceMapSchema,
  /** The esthetician's own analysis (skin type, phototype, what she sees): it takes precedence over the intake in the plan. */
  analysis: skinAnalysisSchema.default(EMPTY_ANALYSIS),
  steps: z.array(noteStepSchema).max(30).default([]),
  productIds: z.array(z.uuid()).max(30).default([]),
  /** Products whose label was checked against an allergy the dictionary cannot read (required then, by the command). */
  productConfirmations: z.array(z.uuid()).max(30).default([]),
  skinResponse: text(2000),
  nextTime: text(2000),
});
export type NoteContentInput = z.input<typeof noteContentSchema>;
export type NoteContent = z.output<typeof noteContentSchema>;

/** A stored note's content, whichever form it was written with (see upgradeLegacyFaceMap). */
export function readNoteContent(stored: unknown): NoteContent {
  return noteContentSchema.parse(upgradeLegacyFaceMap(stored));
}

/** A visit named by its appointment id (complete it, publish its plan). */
export const visitSchema = z.object({ appointmentId: z.uuid("That appointment was not found.") });

export const saveNoteSchema = z.object({ appointmentId: z.uuid(), content: noteContentSchema });
export type SaveNoteInput = z.output<typeof saveNoteSchema>;
export type SaveNoteFields = z.input<typeof saveNoteSchema>;

export const amendNoteSchema = z.object({
  appointmentId: z.uuid(),
  text: z.string().trim().min(1, "Write the correction").max(4000, "Please keep this under 4000 characters"),
});
export type AmendNoteInput = z.output<typeof amendNoteSchema>;
export type AmendNoteFields = z.input<typeof amendNoteSchema>;

/** A new note: every step of the service, those under a BLOCK pre-marked as skipped. */
export function initialNoteContent(serviceSteps: readonly TreatmentStep[], blocked: readonly TreatmentStep[]): NoteContent {
  return noteContentSchema.parse({
    steps: serviceSteps.map((step) => ({ step, performed: !blocked.includes(step), overrideReason: "" })),
  });
}
