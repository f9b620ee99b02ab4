import { z } from "zod";
import { daysBetween, isLocalDate } from "@/lib/dates/local-date";
import { idempotencyKeySchema } from "@/lib/idempotency/schema";
import { isoInstant, localDate, month } from "@/lib/validation/fields";
import { MARKABLE_STATUSES } from "./status-rules";
import { newClientSchema } from "@/lib/account/schema";

const uuid = z.uuid("Choose an esthetician from the list.");

/** `staffId: null` means "any esthetician". Shared by the booking form, the action and the API. */
export const bookAppointmentSchema = z.object({
  serviceId: z.string().min(1, "Choose a treatment."),
  staffId: uuid.nullable(),
  startsAt: isoInstant,
  clientNotes: z.string().trim().max(1000, "Keep notes under 1,000 characters.").default(""),
  /** The booking form's per-form token: pressing Confirm again after a lost answer books once. */
  requestKey: idempotencyKeySchema.optional(),
});
export type BookAppointmentInput = z.input<typeof bookAppointmentSchema>;

export const rescheduleAppointmentSchema = z.object({
  appointmentId: z.uuid("That appointment was not found."),
  staffId: uuid.nullable(),
  startsAt: isoInstant,
});
export type RescheduleAppointmentInput = z.infer<typeof rescheduleAppointmentSchema>;

export const cancelAppointmentSchema = z.object({
  appointmentId: z.uuid("That appointment was not found."),
  reason: z.string().trim().max(500, "Keep the reason under 500 characters.").default(""),
});
export type CancelAppointmentInput = z.input<typeof cancelAppointmentSchema>;

export const MAX_AVAILABILITY_DAYS = 62;

export const availabilityQuerySchema = z
  .object({
    service: z.string().min(1, "Give a service slug or id."),
    from: localDate,
    to: localDate,
    staff: z.uuid("staff must be an esthetician id.").optional(),
  })
  .refine((q) => q.from <= q.to, { path: ["to"], message: "to must be on or after from." })
  .refine((q) => !isLocalDate(q.from) || !isLocalDate(q.to) || daysBetween(q.from, q.to) < MAX_AVAILABILITY_DAYS, {
    path: ["to"],
    message: `Ask for at most ${MAX_AVAILABILITY_DAYS} days per call.`,
  });
export type AvailabilityQuery = z.infer<typeof availabilityQuerySchema>;

/** One month of the picker: the free times of a service (booking), with an esthetician or any. */
export const monthAvailabilitySchema = z.object({
  service: z.string().min(1, "Choose a treatment.").max(200),
  staff: z.uuid("staff must be an esthetician id.").nullable(),
  month,
});

/** One month of free times an appointment could move to. */
export const rescheduleMonthSchema = z.object({
  appointmentId: z.uuid("That appointment was not found."),
  staff: z.uuid("staff must be an esthetician id.").nullable(),
  month,
});

// The spa's own changes to a visit (the calendar): cancel with a reason, mark its status, move it.
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

/** An admin move: same or new time, same or another esthetician. */
export const adminMoveSchema = z.object({
  appointmentId: z.uuid("That appointment was not found."),
  staffId: z.uuid("That esthetician was not found."),
  startsAt: z.iso.datetime({ offset: true, error: "Choose a time." }),
});
export type AdminMoveInput = z.infer<typeof adminMoveSchema>;

// ---- The front desk (issue 11) ----------------------------------------------------------------

/** Who a desk booking is for: a client found by search, or one created with the booking. */
export const deskClientSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("existing"), clientId: z.uuid("Choose a client from the list.") }),
  z.object({ kind: z.literal("new"), ...newClientSchema.shape }),
]);

/** A phone or walk-in booking from an empty cell of the grid (and its booking panel's form). */
export const deskBookingSchema = z.object({
  serviceId: z.uuid("Choose a treatment."),
  staffId: z.uuid("Choose an esthetician."),
  startsAt: isoInstant,
  client: deskClientSchema,
  clientNotes: z.string().trim().max(1000, "Keep notes under 1,000 characters.").default(""),
  /** Needed only when the client's intake BLOCKs the service on that date (kept in the audit log). */
  overrideReason: z.string().trim().max(500, "Keep the reason under 500 characters.").default(""),
  /** Needed only when the client already has an appointment at that time (kept on the visit and in the audit log). */
  overlapReason: z.string().trim().max(500, "Keep the reason under 500 characters.").default(""),
});
export type DeskBookingInput = z.input<typeof deskBookingSchema>;
export type DeskBookingData = z.output<typeof deskBookingSchema>;

/** What fits in an empty cell: the esthetician and the start the cell stands for. */
export const slotQuerySchema = z.object({
  staffId: z.uuid("Choose an esthetician."),
  startsAt: isoInstant,
});
export type SlotQuery = z.output<typeof slotQuerySchema>;

/**
 * POST /api/v1/appointments: a client books for themselves (no clientId, or their own); the desk
 * and admins name the client, and may override a contraindication with a reason.
 */
export const apiBookingSchema = bookAppointmentSchema.extend({
  clientId: z.uuid("clientId must be a client's id.").optional(),
  overrideReason: z.string().trim().max(500, "Keep the reason under 500 characters.").optional(),
  overlapReason: z.string().trim().max(500, "Keep the reason under 500 characters.").optional(),
});
export type ApiBookingData = z.output<typeof apiBookingSchema>;
// Resolving an appointment that needs review (lib/booking/review/commands.ts), from the chart.

/** Keep the booked treatment although the rules rule it out: a clinical decision, always with its reason. */
export const overrideReviewSchema = z.object({
  appointmentId,
  reason: z
    .string()
    .trim()
    .min(1, "Say why the treatment can go ahead as booked (for example, the physician's clearance).")
    .max(500, "Keep the reason under 500 characters."),
});
export type OverrideReviewInput = z.infer<typeof overrideReviewSchema>;

/** Cancel without a fee: never a late cancellation. The client sees the reason. */
export const cancelForReviewSchema = z.object({
  appointmentId,
  reason: z.string().trim().min(1, "Give a reason; the client sees it.").max(500, "Keep the reason under 500 characters."),
});
export type CancelForReviewInput = z.infer<typeof cancelForReviewSchema>;

/** Change the treatment to one the client's intake allows, at the same time with the same esthetician. */
export const changeServiceSchema = z.object({ appointmentId, serviceId: z.uuid("Choose a treatment.") });
export type ChangeServiceInput = z.infer<typeof changeServiceSchema>;
