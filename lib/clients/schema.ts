import { z } from "zod";

/** The directory's query string: an optional search and an opaque cursor for the next page. */
export const clientSearchSchema = z.object({
  q: z
    .string()
    .trim()
    .max(100, "Keep the search under 100 characters.")
    .optional()
    .transform((value) => value || undefined),
  cursor: z
    .string()
    .max(500)
    .regex(/^[A-Za-z0-9_-]*$/, "That page link is not valid.")
    .optional()
    .transform((value) => value || undefined),
});
export type ClientSearch = z.output<typeof clientSearchSchema>;

/** The booking panel's type-ahead. */
export const clientLookupSchema = z.object({ q: z.string().trim().min(1, "Type a name, email or phone.").max(100) });

const clientId = z.uuid("That client was not found.");

export const clientRefSchema = z.object({ clientId });

/** The client's preferences the desk records: which messages they want, and a preferred esthetician. */
export const clientPreferencesSchema = z.object({
  clientId,
  reminders: z.boolean(),
  nudges: z.boolean(),
  preferredStaffId: z.uuid("Choose an esthetician from the list.").nullable(),
});
export type ClientPreferencesInput = z.input<typeof clientPreferencesSchema>;

/** Merges `duplicateId` INTO `clientId` (the page's client stays). */
export const mergeClientsSchema = z
  .object({ clientId, duplicateId: z.uuid("Choose the duplicate from the list.") })
  .refine((value) => value.clientId !== value.duplicateId, { path: ["duplicateId"], message: "A client cannot be merged into itself." });
export type MergeClientsInput = z.input<typeof mergeClientsSchema>;

/** GET /api/v1/clients: the same search as the directory. */
export const clientsQuerySchema = clientSearchSchema;

export const clientsResponseSchema = z.object({
  clients: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      email: z.string().nullable(),
      phone: z.string().nullable(),
      lastVisitAt: z.iso.datetime().nullable(),
      nextVisitAt: z.iso.datetime().nullable(),
    }),
  ),
  nextCursor: z.string().nullable().meta({ description: "Pass as `cursor` for the next page; null on the last." }),
});
