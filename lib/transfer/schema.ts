import { z } from "zod";
import { storedMappingSchema } from "./settings";

export const importIdSchema = z.uuid("That import was not found.");

export const saveMappingSchema = z.object({
  importId: importIdSchema,
  mapping: storedMappingSchema,
  /** Visits: a name in the file -> the id of the service or esthetician it means ("" leaves it unmatched). */
  valueMapping: z
    .object({ service: z.record(z.string().max(200), z.string().max(60)), staff: z.record(z.string().max(200), z.string().max(60)) })
    .partial()
    .optional(),
});
export type SaveMappingInput = z.output<typeof saveMappingSchema>;

export const applyImportSchema = z.object({ importId: importIdSchema, sendConfirmations: z.boolean().default(false) });
export type ApplyImportInput = z.output<typeof applyImportSchema>;

export const importKindSchema = z.enum(["CLIENTS", "VISITS"]);
