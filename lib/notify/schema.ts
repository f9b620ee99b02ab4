import { z } from "zod";
import { localDate } from "@/lib/validation/fields";

export const EMAIL_STATES = ["SCHEDULED", "QUEUED", "SENDING", "SENT", "RECORDED", "FAILED", "CANCELLED"] as const;
export const EMAIL_TEMPLATES = [
  "BOOKING_CONFIRMATION",
  "APPOINTMENT_RESCHEDULED",
  "APPOINTMENT_CANCELLED",
  "APPOINTMENT_REMINDER",
  "INTAKE_REQUEST",
  "INTAKE_REMINDER",
  "HOMECARE_PUBLISHED",
  "HOMECARE_NUDGE",
  "SIGN_UP_CONFIRMATION",
  "SIGN_UP_EXISTING_ACCOUNT",
  "ACCOUNT_INVITATION",
  "INTAKE_LINK",
  "WAITLIST_OFFER",
  "WAITLIST_TAKEN",
  "WAITLIST_HOLD_EXPIRED",
  "APPOINTMENT_NEEDS_REVIEW",
  "STAFF_APPOINTMENT_REVIEW",
  "APPOINTMENT_SERVICE_CHANGED",
] as const;
export type EmailStateName = (typeof EMAIL_STATES)[number];
export type EmailTemplateName = (typeof EMAIL_TEMPLATES)[number];

export const STATE_LABELS: Record<EmailStateName, string> = {
  SCHEDULED: "Scheduled",
  QUEUED: "Queued",
  SENDING: "Sending",
  SENT: "Sent",
  RECORDED: "Recorded, not sent (no SMTP configured)",
  FAILED: "Failed",
  CANCELLED: "Not sent (cancelled)",
};

export const TEMPLATE_LABELS: Record<EmailTemplateName, string> = {
  BOOKING_CONFIRMATION: "Booking confirmation",
  APPOINTMENT_RESCHEDULED: "Rescheduled",
  APPOINTMENT_CANCELLED: "Cancellation",
  APPOINTMENT_REMINDER: "Reminder (24 h)",
  INTAKE_REQUEST: "Intake request",
  INTAKE_REMINDER: "Intake reminder",
  HOMECARE_PUBLISHED: "Homecare plan published",
  HOMECARE_NUDGE: "Rebooking nudge",
  SIGN_UP_CONFIRMATION: "Sign-up: confirm email",
  SIGN_UP_EXISTING_ACCOUNT: "Sign-up: account already exists",
  ACCOUNT_INVITATION: "Set-password link",
  INTAKE_LINK: "Intake link",
  WAITLIST_OFFER: "Waitlist: time offered",
  WAITLIST_TAKEN: "Waitlist: offer taken",
  WAITLIST_HOLD_EXPIRED: "Waitlist: hold expired",
  APPOINTMENT_NEEDS_REVIEW: "Appointment needs review (client)",
  STAFF_APPOINTMENT_REVIEW: "Appointment needs review (esthetician)",
  APPOINTMENT_SERVICE_CHANGED: "Treatment changed",
};

// Empty form fields arrive as "": treat them as "no filter".
const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

/** The /admin/emails filters, parsed from the search params (shared by the form and the query). */
export const emailLogFilterSchema = z.object({
  state: z.preprocess(blankToUndefined, z.enum(EMAIL_STATES).optional()),
  template: z.preprocess(blankToUndefined, z.enum(EMAIL_TEMPLATES).optional()),
  q: z.preprocess(blankToUndefined, z.string().trim().max(200).optional()),
  /** Created on or after this UTC day. */
  from: z.preprocess(blankToUndefined, localDate.optional()),
  /** Created on or before this UTC day. */
  to: z.preprocess(blankToUndefined, localDate.optional()),
  page: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(10_000).default(1)),
});
export type EmailLogFilter = z.output<typeof emailLogFilterSchema>;

/** A client's optional messages; transactional ones (confirmation, changes) are not optional. */
export const notificationPreferencesSchema = z.object({
  reminders: z.boolean(),
  nudges: z.boolean(),
  waitlist: z.boolean(),
});
export type NotificationPreferencesInput = z.infer<typeof notificationPreferencesSchema>;

/** The admin's "send again" on a FAILED message. */
export const resendEmailSchema = z.object({ messageId: z.uuid("That message was not found.") });
export type ResendEmailInput = z.infer<typeof resendEmailSchema>;
