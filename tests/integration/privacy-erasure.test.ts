import { describe, expect, test } from "vitest";
import { authenticate } from "@/lib/auth/commands";
import { findSessionState } from "@/lib/auth/session-store";
import { searchClients } from "@/lib/clients/search";
import { db } from "@/lib/db/client";
import { hasMarketingConsent } from "@/lib/intake/photo-consent";
import { approveErasure, declineErasure, ERASURE_REASON, requestErasure } from "@/lib/privacy/erasure";
import { listPrivacyRequests } from "@/lib/privacy/queries";
import { erasureRequestSchema } from "@/lib/privacy/schema";
import type { Actor } from "@/lib/auth/policy";
import { CLIENT_PASSWORD, ERASED_AT, privacyScenario } from "../support/privacy";
import { freshIp } from "../support/auth";

const ask = (actor: Actor, password = CLIENT_PASSWORD) =>
  requestErasure(actor, erasureRequestSchema.parse({ password, confirm: true }), ERASED_AT);

async function auditOf(requestId: string) {
  return db.auditEvent.findMany({ where: { entityType: "privacy_request", entityId: requestId }, orderBy: { createdAt: "asc" } });
}

describe("asking for erasure", () => {
  test("needs the client's password and a confirmation; one open request at a time; audited without personal data", async () => {
    const s = await privacyScenario();
    expect(erasureRequestSchema.safeParse({ password: CLIENT_PASSWORD, confirm: false }).success).toBe(false);
    await expect(ask(s.clientActor, "not-my-password")).rejects.toMatchObject({
      code: "VALIDATION",
      details: { fieldErrors: { password: [expect.any(String)] } },
    });
    expect(await db.privacyRequest.count({ where: { clientId: s.client.id } })).toBe(0);

    const { id } = await ask(s.clientActor);
    const request = await db.privacyRequest.findUniqueOrThrow({ where: { id } });
    expect(request).toMatchObject({ clientId: s.client.id, status: "PENDING", decidedAt: null });
    await expect(ask(s.clientActor)).rejects.toMatchObject({ code: "CONFLICT" });

    const audit = await auditOf(id);
    expect(audit.map((row) => [row.action, row.actorId])).toEqual([["privacy.erasure-request", s.client.id]]);
    // Nothing changed yet: the data stays until an admin approves.
    expect(await db.user.findUniqueOrThrow({ where: { id: s.client.id } })).toMatchObject({ name: "Ana Souza", erasedAt: null });
  });

  test("only a client may ask, and only for themselves", async () => {
    const s = await privacyScenario();
    for (const actor of [s.esthetician, s.adminActor, { ...s.adminActor, role: "FRONT_DESK" as const }]) {
      await expect(ask(actor)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    // The request is always the asker's own: there is no client id to pass.
    await ask(s.clientActor);
    expect(await db.privacyRequest.count({ where: { clientId: s.other.userId } })).toBe(0);
  });
});

describe("deciding a request", () => {
  test("only admins decide; a decided request cannot be decided again", async () => {
    const s = await privacyScenario();
    const { id } = await ask(s.clientActor);
    for (const actor of [s.clientActor, s.esthetician, { ...s.adminActor, role: "FRONT_DESK" as const }]) {
      await expect(approveErasure(actor, { requestId: id }, ERASED_AT)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(declineErasure(actor, { requestId: id, reason: "No." }, ERASED_AT)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(listPrivacyRequests(actor)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(approveErasure(s.adminActor, { requestId: crypto.randomUUID() }, ERASED_AT)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await declineErasure(s.adminActor, { requestId: id, reason: "You have an unpaid balance to settle first." }, ERASED_AT);
    await expect(approveErasure(s.adminActor, { requestId: id }, ERASED_AT)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(declineErasure(s.adminActor, { requestId: id, reason: "Again." }, ERASED_AT)).rejects.toMatchObject({ code: "CONFLICT" });
  });

  test("declining keeps every record, tells the client why, is audited, and lets them ask again", async () => {
    const s = await privacyScenario();
    const { id } = await ask(s.clientActor);
    await declineErasure(s.adminActor, { requestId: id, reason: "You have an unpaid balance to settle first." }, ERASED_AT);
    expect(await db.privacyRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "DECLINED",
      decidedById: s.adminActor.userId,
      declineReason: "You have an unpaid balance to settle first.",
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: s.client.id } })).toMatchObject({
      name: "Ana Souza",
      email: s.client.email,
      erasedAt: null,
    });
    expect(await db.appointment.findUniqueOrThrow({ where: { id: s.future.id } })).toMatchObject({ status: "BOOKED" });
    expect((await auditOf(id)).map((row) => row.action)).toEqual(["privacy.erasure-request", "privacy.erasure-decline"]);
    const again = await ask(s.clientActor);
    expect(again.id).not.toBe(id);
  });

  test("approving anonymises the client at once and completely, keeps clinical records, and audits no personal data", async () => {
    const s = await privacyScenario();
    const before = await db.user.findUniqueOrThrow({ where: { id: s.client.id } });
    const { id } = await ask(s.clientActor);
    const pending = await listPrivacyRequests(s.adminActor, ERASED_AT);
    expect(pending.pending.find((row) => row.id === id)).toMatchObject({ clientName: "Ana Souza", upcomingVisits: 1 });

    const result = await approveErasure(s.adminActor, { requestId: id }, ERASED_AT);
    expect(result).toMatchObject({
      cancelledVisits: 1,
      cancelledMessages: expect.any(Number),
      redactedIntakes: 1,
      endedWaitlistEntries: 1,
    });

    // The account: nothing personal, no way in.
    const user = await db.user.findUniqueOrThrow({ where: { id: s.client.id } });
    expect(user).toMatchObject({
      email: null,
      phone: null,
      passwordHash: null,
      preferredStaffId: null,
      birthDate: null,
      importedNotes: null,
      marketingConsentAt: null,
      erasedAt: ERASED_AT,
    });
    expect(user.name).toMatch(/^Erased client [0-9a-f]{8}$/);
    expect(await findSessionState(s.sessionId)).toBeNull();
    expect(await db.userSession.count({ where: { userId: s.client.id } })).toBe(0);
    await expect(authenticate({ email: before.email, password: CLIENT_PASSWORD, ip: freshIp() })).rejects.toBeTruthy();

    // The future visit is cancelled and its time free; nobody is emailed about it.
    const future = await db.appointment.findUniqueOrThrow({ where: { id: s.future.id }, include: { resources: true } });
    expect(future).toMatchObject({ status: "CANCELLED", cancellationReason: ERASURE_REASON, cancelledById: s.adminActor.userId });
    expect(future.resources.every((resource) => !resource.occupying)).toBe(true);
    expect(await db.emailMessage.count({ where: { appointmentId: s.future.id, template: "APPOINTMENT_CANCELLED" } })).toBe(0);
    expect(await db.scheduleChange.count({ where: { appointmentId: s.future.id, kind: "appointment.cancelled" } })).toBe(1);

    // Messages: none pending, none readable.
    const messages = await db.emailMessage.findMany({
      where: { OR: [{ clientId: s.client.id }, { appointment: { clientId: s.client.id } }] },
    });
    expect(messages.length).toBeGreaterThanOrEqual(2);
    expect(messages.filter((message) => message.state === "SCHEDULED" || message.state === "QUEUED")).toEqual([]);
    for (const message of messages) expect(message).toMatchObject({ toAddress: "erased", html: "", text: "" });

    // Free text, drafts, preferences and the marketing consent go; the clinical record stays.
    const past = await db.appointment.findUniqueOrThrow({ where: { id: s.appointment.id } });
    expect(past).toMatchObject({ status: "COMPLETED", clientNotes: "" });
    expect(await db.intakeDraft.count({ where: { clientId: s.client.id } })).toBe(0);
    expect(await db.waitlistEntry.findUniqueOrThrow({ where: { id: s.waitlistEntry.id } })).toMatchObject({
      status: "LEFT",
      endedAt: ERASED_AT,
    });
    expect(await hasMarketingConsent(db, s.client.id)).toBe(false);
    const [intake] = await db.intakeSubmission.findMany({ where: { clientId: s.client.id } });
    const answers = intake!.answers as Record<string, Record<string, unknown>>;
    expect(answers.contact).toEqual({ fullName: "[erased]", email: "[erased]", phone: "[erased]" });
    expect(answers.emergencyContact!.name).toBe("[erased]");
    expect(answers.pregnancy!.pregnant).toBe(true);
    expect(intake!.signature).toBe("Ana Souza");
    expect(await db.treatmentNote.count({ where: { appointmentId: s.appointment.id, signedAt: { not: null } } })).toBe(1);
    expect(await db.homecarePlan.count({ where: { clientId: s.client.id } })).toBe(1);
    expect(await db.clinicalPhoto.count({ where: { clientId: s.client.id } })).toBe(1);
    expect(await db.photoConsent.count({ where: { clientId: s.client.id, ip: { not: null } } })).toBe(0);

    // Gone from the directory; the other client untouched.
    const directory = await searchClients(s.adminActor, { q: "Ana Souza" });
    expect(directory.items.map((client) => client.id)).not.toContain(s.client.id);
    expect(await db.user.findUniqueOrThrow({ where: { id: s.other.userId } })).toMatchObject({ name: "Olga Other", erasedAt: null });
    expect(await db.appointment.findUniqueOrThrow({ where: { id: s.otherVisit.id } })).toMatchObject({ status: "BOOKED" });

    // The audit trail says who did what, with ids and counts, and nothing that was erased.
    const audit = await auditOf(id);
    expect(audit.map((row) => row.action)).toEqual(["privacy.erasure-request", "privacy.erasure-approve"]);
    const afterwards = JSON.stringify(await db.auditEvent.findMany({ where: { createdAt: { gte: ERASED_AT } } })) + JSON.stringify(audit);
    for (const personal of [before.name, before.email!, before.phone!, "side door"]) expect(afterwards).not.toContain(personal);

    const decided = await listPrivacyRequests(s.adminActor, ERASED_AT);
    expect(decided.decided.find((row) => row.id === id)).toMatchObject({
      status: "APPROVED",
      clinicalRecords: { keptUntil: new Date("2037-03-12T17:00:00.000Z") },
    });
  });

  test("an erased client cannot be erased twice, and two admins approving at once erase once", async () => {
    const s = await privacyScenario();
    const { id } = await ask(s.clientActor);
    const results = await Promise.allSettled([
      approveErasure(s.adminActor, { requestId: id }, ERASED_AT),
      approveErasure(s.adminActor, { requestId: id }, ERASED_AT),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(results.find((result) => result.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
    expect(await db.auditEvent.count({ where: { entityId: id, action: "privacy.erasure-approve" } })).toBe(1);
  });
});
