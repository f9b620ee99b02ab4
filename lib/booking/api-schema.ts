import { z } from "zod";
import { localDate } from "@/lib/validation/fields";
import { apiBookingSchema } from "./schema";

/**
 * The JSON API's shapes for booking and the calendar: the handlers parse requests with these and
 * type their answers with them, and GET /api/v1/openapi.json is generated from the same objects.
 */

export const calendarQuerySchema = z.object({
  date: localDate.meta({ description: "The spa's local date, YYYY-MM-DD." }),
  view: z.enum(["staff", "rooms"]).default("staff").meta({ description: "A column per esthetician, or per room and device." }),
});

const minute = z.int().min(0).max(1440);

export const calendarBlockSchema = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  clientName: z.string(),
  clientPhone: z.string().nullable(),
  serviceName: z.string(),
  staffId: z.uuid(),
  staffName: z.string(),
  status: z
    .enum(["BOOKED", "CHECKED_IN", "COMPLETED", "NO_SHOW", "HELD"])
    .describe("HELD: time held for a waitlist offer, not yet claimed"),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  startMinute: minute,
  endMinute: minute,
  blockedStartMinute: minute.meta({ description: "Start of the time held, preparation buffer included (wall-clock minutes of the day)." }),
  blockedEndMinute: minute.meta({ description: "End of the time held, cleanup buffer included." }),
  intake: z.enum(["not-required", "missing", "expired", "current"]),
  flag: z
    .enum(["BLOCK", "CLEARANCE", "PATCH_TEST", "CAUTION"])
    .nullable()
    .meta({ description: "The most serious contraindication flag for this visit." }),
  needsReview: z
    .boolean()
    .meta({ description: "A newer intake or a move ruled the booked treatment out on its date; a clinician decides." }),
});

const range = z.object({ startMinute: minute, endMinute: minute });

export const calendarResponseSchema = z.object({
  view: z.enum(["staff", "rooms", "week"]),
  date: z.string(),
  dates: z.array(z.string()),
  timeZone: z.string(),
  slotMinutes: z.int(),
  startMinute: minute,
  endMinute: minute,
  version: z.int().meta({ description: "The schedule version read; events on /api/v1/calendar/events carry later ones." }),
  staff: z.array(z.object({ id: z.uuid(), name: z.string() })),
  columns: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      date: z.string(),
      staffId: z.uuid().nullable(),
      working: z.array(range),
      timeOff: z.array(range.extend({ reason: z.string() })),
      override: z.object({ reason: z.string(), dayOff: z.boolean() }).nullable(),
      blocks: z.array(calendarBlockSchema),
    }),
  ),
});

export const bookingRequestSchema = apiBookingSchema;

export const appointmentResponseSchema = z.object({
  appointment: z.object({
    id: z.uuid(),
    startsAt: z.iso.datetime(),
    endsAt: z.iso.datetime(),
    staffId: z.uuid(),
    serviceId: z.uuid(),
    clientId: z.uuid(),
    status: z.enum(["BOOKED"]),
  }),
});

export const scheduleEventSchema = z.object({
  version: z.int(),
  kind: z.string().meta({
    description: "What changed: appointment.booked, appointment.moved, appointment.cancelled, appointment.status, staff.hours, …",
  }),
  appointmentId: z.uuid().nullable(),
  staffIds: z.array(z.uuid()),
  dates: z.array(z.string()).meta({ description: "The local dates touched (both days of a move); empty means any date." }),
  date: z.string().nullable().meta({ description: "The first of `dates`." }),
  locationId: z.uuid(),
});
