import { z } from "zod";
import { MARKABLE_STATUSES } from "./appointment-status";

const appointmentId = z.uuid("That appointment was not found.");

/** Shared by the calendar's cancel form and cancelAsAdmin. */
export const adminCancelSchema = z.object({
  appointmentId,
  reason: z.string().trim().min(1, "Give a reason; the client sees it.").max(500, "Keep the reason under 500 characters."),
  /** The spa cancels (illness, closure): never counted as the client's late cancellation. */
  spaInitiated: z.boolean().default(false),
});
export type AdminCancelInput = z.input<typeof adminCancelSchema>;
export type AdminCancelData = z.output<typeof adminCancelSchema>;

export const markStatusSchema = z.object({ appointmentId, status: z.enum(MARKABLE_STATUSES) });
export type MarkStatusInput = z.infer<typeof markStatusSchema>;
