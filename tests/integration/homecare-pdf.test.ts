import { beforeEach, describe, expect, test, vi } from "vitest";

// The route reads the session from its cookie: tests/support/route-session.ts decides which
// session row the cookie names.
vi.mock("@/lib/auth/session-token", async (original) =>
  (await import("../support/route-session")).withTestSession(await original<object>()),
);

import { GET } from "@/app/api/v1/homecare/[file]/route";
import { signNote } from "@/lib/consultation/note-commands";
import { db } from "@/lib/db/client";
import { signInRoute } from "../support/route-session";
import { publishPlan } from "@/lib/homecare/review";
import { createUser } from "../factories/users";
import { chartScenario, noteInput } from "../support/chart";

const get = (file: string) => GET(new Request(`http://localhost/api/v1/homecare/${file}`), { params: Promise.resolve({ file }) });

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

beforeEach(() => signInRoute(null));

describe("GET /api/v1/homecare/<planId>.pdf", () => {
  test("the plan's client downloads their published plan as a private PDF; the read is audited", async () => {
    const s = await planScenario({ publish: true });
    await signInRoute(s.client.id);
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
    await signInRoute(stranger.id);
    await expectError(await get(`${s.planId}.pdf`), 404, "NOT_FOUND");
    await expectError(await get("not-a-uuid.pdf"), 404, "NOT_FOUND");
    await signInRoute(s.client.id);
    await expectError(await get(s.planId), 404, "NOT_FOUND");
    await expectError(await get(`${s.planId}.ics`), 404, "NOT_FOUND");
  });

  test("a draft plan is never served, not even to its client", async () => {
    const s = await planScenario({ publish: false });
    await signInRoute(s.client.id);
    await expectError(await get(`${s.planId}.pdf`), 404, "NOT_FOUND");
  });

  test("signed out is 401; staff (who review plans elsewhere) are 403; a deleted account reads as signed out", async () => {
    const s = await planScenario({ publish: true });
    await expectError(await get(`${s.planId}.pdf`), 401, "UNAUTHENTICATED");
    await signInRoute(s.esthetician.userId);
    await expectError(await get(`${s.planId}.pdf`), 403, "FORBIDDEN");
    // A deleted account: its sessions go with it.
    const { user: leaver } = await createUser();
    await signInRoute(leaver.id);
    await db.user.delete({ where: { id: leaver.id } });
    await expectError(await get(`${s.planId}.pdf`), 401, "UNAUTHENTICATED");
  });
});
