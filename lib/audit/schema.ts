import { z } from "zod";

/** The audit log's filters, from the page's query string (all optional). */
export const auditFilterSchema = z.object({
  action: z
    .string()
    .trim()
    .max(60)
    .optional()
    .transform((v) => v || undefined),
  entityId: z
    .string()
    .trim()
    .max(60)
    .optional()
    .transform((v) => v || undefined),
  before: z.iso.datetime({ offset: true }).optional(),
});
export type AuditFilter = Partial<z.output<typeof auditFilterSchema>>;

/**
 * What an audit entry is about: the record's table, in its database name. A fixed list, so the
 * log can be filtered and read the same way for every entry.
 */
export const AUDIT_ENTITY_TYPES = [
  "app_user",
  "appointment",
  "client",
  "email_message",
  "clinical_photo",
  "homecare_plan",
  "import_file",
  "intake_draft",
  "intake_submission",
  "location",
  "privacy_request",
  "resource",
  "service",
  "staff_profile",
  "waitlist_entry",
] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

export const AUDIT_ENTITY_LABELS: Record<AuditEntityType, string> = {
  app_user: "Account",
  appointment: "Appointment",
  client: "Client",
  email_message: "Email",
  clinical_photo: "Clinical photo",
  homecare_plan: "Homecare plan",
  import_file: "Import",
  intake_draft: "Intake draft",
  intake_submission: "Intake",
  location: "Spa settings",
  privacy_request: "Privacy request",
  resource: "Room or equipment",
  service: "Service",
  staff_profile: "Staff",
  waitlist_entry: "Waitlist entry",
};

/** Entries written before the list was fixed used model names ("Appointment"); they still read. */
export function auditEntityLabel(entityType: string): string {
  const snake = entityType.replace(/([a-z])([A-Z])/g, "$1_$2").toLowerCase();
  return (AUDIT_ENTITY_LABELS as Record<string, string>)[snake] ?? entityType;
}
