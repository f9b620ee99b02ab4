import { z } from "zod";

/** The audit log's filters, from the page's query string (all optional). */
export const auditFilterSchema = z.object({
  action: z.string().trim().max(60).optional().transform((v) => v || undefined),
  entityId: z.string().trim().max(60).optional().transform((v) => v || undefined),
  before: z.iso.datetime({ offset: true }).optional(),
});
export type AuditFilter = Partial<z.output<typeof auditFilterSchema>>;
