import { describe, expect, test } from "vitest";
import { buildOpenApiDocument } from "./document";

describe("the OpenAPI document", () => {
  const document = buildOpenApiDocument("https://spa.example");

  test("is OpenAPI 3.1 with every endpoint of the API", () => {
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths).sort()).toEqual([
      "/api/v1/appointments",
      "/api/v1/appointments/{id}.ics",
      "/api/v1/availability",
      "/api/v1/calendar",
      "/api/v1/calendar/events",
      "/api/v1/clients",
      "/api/v1/openapi.json",
    ]);
  });

  test("takes its parameters and bodies from the handlers' zod schemas", () => {
    const calendar = document.paths["/api/v1/calendar"].get.parameters;
    expect(calendar).toEqual([
      expect.objectContaining({
        name: "date",
        in: "query",
        required: true,
        schema: expect.objectContaining({ type: "string", pattern: expect.any(String) }),
      }),
      expect.objectContaining({
        name: "view",
        required: false,
        schema: expect.objectContaining({ enum: ["staff", "rooms"], default: "staff" }),
      }),
    ]);
    const booking = document.components.schemas.BookingRequest as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(booking.properties)).toEqual(
      expect.arrayContaining(["serviceId", "staffId", "startsAt", "clientId", "overrideReason"]),
    );
    expect(booking.required).toEqual(expect.arrayContaining(["serviceId", "staffId", "startsAt"]));
    expect(booking.required).not.toContain("clientId");
    expect(JSON.stringify(document)).not.toContain("$schema");
  });

  test("describes the one error shape", () => {
    const error = document.components.schemas.Error as { properties: { error: { properties: Record<string, unknown> } } };
    expect(Object.keys(error.properties.error.properties)).toEqual(["code", "message", "fieldErrors", "alternatives"]);
  });
});
