import { z } from "zod";
import {
  appointmentResponseSchema,
  bookingRequestSchema,
  calendarQuerySchema,
  calendarResponseSchema,
  scheduleEventSchema,
} from "@/lib/booking/api-schema";
import { availabilityQuerySchema } from "@/lib/booking/schema";
import { clientsQuerySchema, clientsResponseSchema } from "@/lib/clients/schema";

/**
 * GET /api/v1/openapi.json: OpenAPI 3.1, generated from the very zod schemas the route handlers
 * parse requests with and type their answers by (zod 4's own z.toJSONSchema, whose JSON Schema
 * 2020-12 is OpenAPI 3.1's schema dialect), so the document cannot drift from the code.
 */
type JsonSchema = Record<string, unknown>;

function schemaOf(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonSchema;
  return json;
}

/** An object schema's properties as query parameters (required when the schema requires them). */
function queryParameters(schema: z.ZodType): JsonSchema[] {
  const json = schemaOf(schema, "input") as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: "query",
    required: json.required?.includes(name) ?? false,
    ...(typeof property.description === "string" ? { description: property.description } : {}),
    schema: property,
  }));
}

const json = (schemaRef: string, description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: `#/components/schemas/${schemaRef}` } } },
});
const problem = (description: string) => json("Error", description);

const errorSchema = z.object({
  error: z.object({
    code: z.enum(["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "VALIDATION", "CONFLICT", "RATE_LIMITED", "INTERNAL"]),
    message: z.string().meta({ description: "Safe to show to a person." }),
    fieldErrors: z
      .record(z.string(), z.array(z.string()))
      .optional()
      .meta({ description: "Per field (or query parameter), on 400 and 422." }),
    alternatives: z
      .array(z.object({ start: z.string(), end: z.string(), date: z.string(), staffIds: z.array(z.string()) }))
      .optional()
      .meta({ description: "On 409 for a lost time: the nearest free times." }),
  }),
});

const availabilityResponseSchema = z.object({
  timeZone: z.string(),
  slots: z.array(z.object({ start: z.iso.datetime(), end: z.iso.datetime(), staffIds: z.array(z.uuid()) })),
});

const session = [{ session: [] }];

export function buildOpenApiDocument(serverUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Glowbook API",
      version: "1",
      description:
        "Booking and the front desk's calendar for a skin-care spa. Instants are ISO-8601 in UTC; dates are the spa's local calendar dates. Signed-in calls use the next-auth session cookie.",
    },
    servers: [{ url: serverUrl }],
    components: {
      securitySchemes: { session: { type: "apiKey", in: "cookie", name: "next-auth.session-token" } },
      schemas: {
        Error: schemaOf(errorSchema, "output"),
        Availability: schemaOf(availabilityResponseSchema, "output"),
        BookingRequest: schemaOf(bookingRequestSchema, "input"),
        AppointmentCreated: schemaOf(appointmentResponseSchema, "output"),
        Clients: schemaOf(clientsResponseSchema, "output"),
        Calendar: schemaOf(calendarResponseSchema, "output"),
        ScheduleEvent: schemaOf(scheduleEventSchema, "output"),
      },
    },
    paths: {
      "/api/v1/availability": {
        get: {
          summary: "Free times of a service (public)",
          parameters: queryParameters(availabilityQuerySchema),
          responses: {
            200: json("Availability", "Bookable slots"),
            400: problem("A bad parameter"),
            404: problem("Unknown or archived service"),
          },
        },
      },
      "/api/v1/appointments": {
        post: {
          summary: "Book: a client for themselves, the front desk or an admin for a client (clientId)",
          security: session,
          requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/BookingRequest" } } } },
          responses: {
            201: json("AppointmentCreated", "Booked"),
            401: problem("Signed out"),
            403: problem("Not allowed (an esthetician; a client booking for someone else; a contraindication stops a client)"),
            404: problem("Unknown service or client"),
            409: problem(
              "The time was just taken (with alternatives); a contraindication BLOCK needs overrideReason; the client already has an appointment then (reason CLIENT_OVERLAP; the desk may send overlapReason)",
            ),
            422: problem("Invalid body, with fieldErrors"),
          },
        },
      },
      "/api/v1/appointments/{id}.ics": {
        get: {
          summary: "The appointment as an iCalendar file (its client, its esthetician, the desk or an admin)",
          security: session,
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
          responses: {
            200: { description: "text/calendar", content: { "text/calendar": { schema: { type: "string" } } } },
            404: problem("Not found"),
          },
        },
      },
      "/api/v1/clients": {
        get: {
          summary: "Search the client directory (front desk and admins): typo-tolerant, by name, email or phone",
          security: session,
          parameters: queryParameters(clientsQuerySchema),
          responses: {
            200: json("Clients", "A page of clients"),
            400: problem("A bad parameter"),
            401: problem("Signed out"),
            403: problem("Not the front desk or an admin"),
          },
        },
      },
      "/api/v1/calendar": {
        get: {
          summary: "A day of the calendar (staff): the spa's for the desk and admins, an esthetician's own column for them",
          security: session,
          parameters: queryParameters(calendarQuerySchema),
          responses: {
            200: json("Calendar", "The day"),
            400: problem("A bad parameter"),
            401: problem("Signed out"),
            403: problem("Not staff, or an esthetician asking for rooms"),
          },
        },
      },
      "/api/v1/calendar/events": {
        get: {
          summary: "Live calendar changes as Server-Sent Events (staff)",
          description:
            "`retry:` then a `ready` event ({version}), then one `schedule` event per change (id = the schedule version, data = ScheduleEvent), `resync` when changes may have been missed, and a heartbeat comment every 25 s. Reconnect with Last-Event-ID to replay what was missed. An esthetician hears only about their own column.",
          security: session,
          responses: {
            200: {
              description: "The event stream",
              content: { "text/event-stream": { schema: { $ref: "#/components/schemas/ScheduleEvent" } } },
            },
            401: problem("Signed out"),
            403: problem("Not staff"),
          },
        },
      },
      "/api/v1/openapi.json": { get: { summary: "This document", responses: { 200: { description: "OpenAPI 3.1" } } } },
    },
  };
}
