import { z } from "zod";
import { PASSWORD_MAX_LENGTH } from "@/lib/auth/password-length";
import { MAX_CLINICAL_RETENTION_YEARS, MIN_CLINICAL_RETENTION_YEARS } from "./retention";

// One schema per form, shared by the component (zodResolver) and the action (safeParse).

/** The client's erasure request: their password again, and an explicit "yes, erase". */
export const erasureRequestSchema = z.object({
  password: z
    .string({ error: "Enter your password." })
    .min(1, "Enter your password.")
    .max(PASSWORD_MAX_LENGTH * 2, "That is not your password."),
  confirm: z.literal(true, { error: "Tick the box to confirm you understand what erasure does." }),
});
export type ErasureRequestInput = z.input<typeof erasureRequestSchema>;
export type ErasureRequestData = z.output<typeof erasureRequestSchema>;

export const privacyRequestIdSchema = z.object({ requestId: z.uuid("That request was not found.") });
export type PrivacyRequestIdData = z.output<typeof privacyRequestIdSchema>;

export const declineErasureSchema = z.object({
  requestId: z.uuid("That request was not found."),
  reason: z
    .string({ error: "Say why the request is declined." })
    .trim()
    .min(3, "Say why the request is declined (the client will see it).")
    .max(500, "Please keep this under 500 characters.")
    .refine((value) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(value), "Remove the control characters."),
});
export type DeclineErasureInput = z.input<typeof declineErasureSchema>;
export type DeclineErasureData = z.output<typeof declineErasureSchema>;

export const retentionPolicySchema = z.object({
  clinicalRetentionYears: z.coerce
    .number({ error: "Enter a number of years." })
    .int("Enter whole years.")
    .min(MIN_CLINICAL_RETENTION_YEARS, `At least ${MIN_CLINICAL_RETENTION_YEARS} year.`)
    .max(MAX_CLINICAL_RETENTION_YEARS, `At most ${MAX_CLINICAL_RETENTION_YEARS} years.`),
});
export type RetentionPolicyInput = z.input<typeof retentionPolicySchema>;
export type RetentionPolicyData = z.output<typeof retentionPolicySchema>;

/** GET /api/v1/account/export.<format> */
export const EXPORT_FORMATS = ["json", "pdf"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
