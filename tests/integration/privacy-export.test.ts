import { beforeEach, describe, expect, test, vi } from "vitest";

// The route reads the session from its cookie: tests/support/route-session.ts decides which
// session row the cookie names.
vi.mock("@/lib/auth/session-token", async (original) =>
  (await import("../support/route-session")).withTestSession(await original<object>()),
);

import { GET } from "@/app/api/v1/account/export/[format]/route";
import { db } from "@/lib/db/client";
import { signInRoute } from "../support/route-session";
import { startDataExport } from "@/lib/privacy/export";
import { createUser } from "../factories/users";
import { asActor } from "../factories/booking-spa";
import { privacyScenario, readText, STAFF_ONLY } from "../support/privacy";

const get = (format: string) =>
  GET(new Request(`http://localhost/api/v1/account/export/${format}`), { params: Promise.resolve({ format }) });

async function expectError(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(((await response.json()) as { error: { code: string } }).error.code).toBe(code);
}

type Export = Record<string, unknown> & { profile: Record<string, unknown> } & Record<string, Record<string, unknown>[]>;

beforeEach(() => signInRoute(null));

describe("the client's data export", () => {
  test("the JSON holds every record about the client, the client-visible part of notes only, and nothing of anyone else", async () => {
    const s = await privacyScenario();
    await signInRoute(s.client.id);
    const response = await get("json");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("Cache-Control")).toBe("private, no-store");
    expect(response.headers.get("Content-Disposition")).toMatch(/^attachment; filename="glowbook-my-data-\d{4}-\d{2}-\d{2}\.json"$/);
    const text = await response.text();
    const data = JSON.parse(text) as Export;

    expect(data.format).toBe("glowbook-personal-data");
    expect(data.profile).toMatchObject({
      id: s.client.id,
      name: "Ana Souza",
      email: s.client.email,
      phone: "+1 555 010 2030",
      dateOfBirth: "1990-04-05",
      marketingEmailAgreedAt: "2029-01-01T00:00:00.000Z",
    });
    expect(data.appointments!.map((row) => row.id).sort()).toEqual([s.appointment.id, s.future.id].sort());
    expect(data.appointments!.find((row) => row.id === s.appointment.id)).toMatchObject({
      status: "COMPLETED",
      yourNotes: "Ana here: please use the side door",
    });
    expect(data.intakes).toHaveLength(1);
    expect(data.intakes![0]).toMatchObject({ signature: "Ana Souza", consentAgreed: true });
    expect((data.intakes![0]!.answers as { pregnancy: { pregnant: boolean } }).pregnancy.pregnant).toBe(true);
    expect(data.intakeDraft).toHaveLength(1);
    expect(data.treatments).toEqual([
      expect.objectContaining({
        appointmentId: s.appointment.id,
        stepsPerformed: ["Cleanse", "Extraction", "Mask", "Moisturise"],
        stepsSkipped: ["Steam"],
        products: [s.products.gentle.name],
        skinResponse: "Mild redness on the nose.",
      }),
    ]);
    expect(data.homecarePlans).toHaveLength(1);
    expect(data.homecarePlans![0]).toMatchObject({ appointmentId: s.appointment.id, visitDate: "2030-03-12" });
    expect((data.homecarePlans![0]!.sections as unknown[]).length).toBeGreaterThan(0);
    // Messages sent (or on their way), not the reminder still scheduled.
    const kinds = data.messages!.map((row) => row.kind);
    expect(kinds).toContain("BOOKING_CONFIRMATION");
    expect(kinds).toContain("HOMECARE_PUBLISHED");
    expect(kinds).not.toContain("APPOINTMENT_REMINDER");
    expect(data.photoConsents!.map((row) => `${row.kind}:${row.granted}`).sort()).toEqual(["CLINICAL:true", "MARKETING:true"]);
    expect(data.photos).toHaveLength(1);
    expect(data.waitlist).toEqual([
      expect.objectContaining({ id: s.waitlistEntry.id, fromDate: "2030-05-01", toDate: "2030-05-31", timesOfDay: ["MORNING"] }),
    ]);
    expect(data.sessions!.length).toBeGreaterThanOrEqual(1);

    for (const secret of STAFF_ONLY) expect(text).not.toContain(secret);
    // Rule names and sources of the plan are staff-facing.
    expect(text).not.toMatch(/"source"|"rule"/);
    expect(text).not.toContain("Olga Other");
    expect(text).not.toContain(s.otherVisit.id);

    const audit = await db.auditEvent.findMany({ where: { actorId: s.client.id, action: "privacy.export" } });
    expect(audit.map((row) => row.details)).toEqual([{ format: "json" }]);
  });

  test("the PDF is a readable document of the same data, streamed as an attachment", async () => {
    const s = await privacyScenario();
    await signInRoute(s.client.id);
    const response = await get("pdf");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    expect(response.headers.get("Content-Disposition")).toMatch(/\.pdf"$/);
    const pdf = Buffer.from(await response.arrayBuffer());
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.subarray(-6).toString("latin1")).toContain("%%EOF");
    const pages = pdf.toString("latin1").match(/\/Type \/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(await db.auditEvent.count({ where: { actorId: s.client.id, action: "privacy.export" } })).toBe(1);
  });

  test("a client with no history gets a complete, empty export rather than an error", async () => {
    await privacyScenario(); // the spa
    const { user } = await createUser({ role: "CLIENT" });
    const data = JSON.parse(await readText((await startDataExport(asActor(user), "json")).body)) as Export;
    for (const key of ["appointments", "intakes", "intakeDraft", "treatments", "homecarePlans", "messages", "photoConsents", "photos"]) {
      expect(data[key]).toEqual([]);
    }
  });

  test("signed out is 401, staff are 403, an unknown format is 404, and none of them is audited", async () => {
    const s = await privacyScenario();
    await expectError(await get("json"), 401, "UNAUTHENTICATED");
    for (const staff of [s.esthetician, s.adminActor]) {
      await signInRoute(staff.userId);
      await expectError(await get("json"), 403, "FORBIDDEN");
      await expectError(await get("pdf"), 403, "FORBIDDEN");
    }
    await signInRoute(s.client.id);
    for (const format of ["xml", "json.exe", "", "..%2f"]) await expectError(await get(format), 404, "NOT_FOUND");
    const actors = [s.client.id, s.esthetician.userId, s.adminActor.userId];
    expect(await db.auditEvent.count({ where: { action: "privacy.export", actorId: { in: actors } } })).toBe(0);
  });

  test("exports are limited per client per hour (each one reads everything)", async () => {
    await privacyScenario();
    const { user } = await createUser({ role: "CLIENT" });
    const now = new Date("2031-01-01T10:00:00Z");
    for (let i = 0; i < 10; i++) await readText((await startDataExport(asActor(user), "json", now)).body);
    await expect(startDataExport(asActor(user), "json", now)).rejects.toMatchObject({ code: "RATE_LIMITED" });
    await expect(startDataExport(asActor(user), "json", new Date("2031-01-01T11:00:01Z"))).resolves.toBeTruthy();
  });
});
