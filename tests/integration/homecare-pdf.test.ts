import { beforeEach, describe, expect, test, vi } from "vitest";

// The route reads the session through next-auth; the test decides who is signed in. The actor is
// still resolved for real (lib/auth/actor → findActor), so roles and deleted accounts behave as live.
const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  getServerSession: async () => (session.userId ? { user: { id: session.userId }, expires: "2099-01-01T00:00:00.000Z" } : null),
}));

import { GET } from "@/app/api/v1/homecare/[file]/route";
import { signNote } from "@/lib/consultation/note-commands";
import { db } from "@/lib/db/client";
import { publishPlan } from "@/lib/homecare/review";
import { createUser } from "../factories/users";
import { chartScenario, noteInput } from "../support/chart";

const get = (file: string) => GET(new Request(`http://localhost/api/v1/homecare/${file}`), { params: Promise.resolve({ file }) });
const signInAs = (userId: string | null) => {
  session.userId = userId;
};

async function planScenario({ publish }: { publish: boolean }) {
  const s = await chartScenario();
  await signNote(
    s.esthetician,
    noteInput(s.appointment.id, { skinResponse: "Mild redness on the nose." }),
    new Date("2030-03-12T16:30:00Z"),
  );
  if (publish) await publishPlan(s.esthetician, s.appointment.id, new Date("2030-03-12T17:00:00Z"));
  const plan = await db.homecarePlan.findUniqueOrThrow({ where: { appointmentId: s.appointment.id }, select: { id: true } });
  return { ...s, planId: plan.id };
}

async function expectError(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get("Content-Type")).toMatch(/application\/json/);
  expect(((await response.json()) as { error: { code: string } }).error.code).toBe(code);
}

beforeEach(() => signInAs(null));

describe("GET /api/v1/homecare/<planId>.pdf", () => {
  test("the plan's client downloads their published plan as a private PDF; the read is audited", async () => {
    const s = await planScenario({ publish: true });
    signInAs(s.client.id);
    const response = await get(`${s.planId}.pdf`);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    expect(response.headers.get("Cache-Control")).toBe("private, no-store");
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="glowbook-homecare-2030-03-12.pdf"');
    const pdf = Buffer.from(await response.arrayBuffer());
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(response.headers.get("Content-Length")).toBe(String(pdf.length));
    const pages = pdf.toString("latin1").match(/\/Type \/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    const audit = await db.auditEvent.findMany({ where: { actorId: s.client.id, action: "homecare.read", entityId: s.planId } });
    expect(audit).toHaveLength(1);
  });

  test("another client's plan is not found, and so is a malformed id or a name without .pdf", async () => {
    const s = await planScenario({ publish: true });
    const { user: stranger } = await createUser({ role: "CLIENT" });
    signInAs(stranger.id);
    await expectError(await get(`${s.planId}.pdf`), 404, "NOT_FOUND");
    await expectError(await get("not-a-uuid.pdf"), 404, "NOT_FOUND");
    signInAs(s.client.id);
    await expectError(await get(s.planId), 404, "NOT_FOUND");
    await expectError(await get(`${s.planId}.ics`), 404, "NOT_FOUND");
  });

  test("a draft plan is never served, not even to its client", async () => {
    const s = await planScenario({ publish: false });
    signInAs(s.client.id);
    await expectError(await get(`${s.planId}.pdf`), 404, "NOT_FOUND");
  });

  test("signed out is 401; staff (who review plans elsewhere) are 403; a deleted account reads as signed out", async () => {
    const s = await planScenario({ publish: true });
    await expectError(await get(`${s.planId}.pdf`), 401, "UNAUTHENTICATED");
    signInAs(s.esthetician.userId);
    await expectError(await get(`${s.planId}.pdf`), 403, "FORBIDDEN");
    signInAs("00000000-0000-4000-8000-000000000999");
    await expectError(await get(`${s.planId}.pdf`), 401, "UNAUTHENTICATED");
  });
});
