import { z } from "zod";

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const uuid = z.uuid("Choose an esthetician from the list.");

/** An instant with an explicit offset (…Z or …±hh:mm), as every instant travels (STYLE.md). */
export const isoInstant = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/, "Choose a time from the list.")
  .refine((value) => !Number.isNaN(Date.parse(value)), "Choose a time from the list.");

export const localDate = z
  .string()
  .regex(LOCAL_DATE, "Use a date like 2026-12-01.")
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), "That date does not exist.");

/** `staffId: null` means "any esthetician". Shared by the booking form, the action and the API. */
export const bookAppointmentSchema = z.object({
  serviceId: z.string().min(1, "Choose a treatment."),
  staffId: uuid.nullable(),
  startsAt: isoInstant,
  clientNotes: z.string().trim().max(1000, "Keep notes under 1,000 characters.").default(""),
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
  .refine((q) => daysBetween(q.from, q.to) < MAX_AVAILABILITY_DAYS, {
    path: ["to"],
    message: `Ask for at most ${MAX_AVAILABILITY_DAYS} days per call.`,
  });
export type AvailabilityQuery = z.infer<typeof availabilityQuerySchema>;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
