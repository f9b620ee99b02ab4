import { createHash } from "node:crypto";
import { describe, expect, test } from "vitest";
import { db } from "@/lib/db/client";
import { runMaintenance } from "@/lib/jobs/maintenance";
import { approveErasure, requestErasure } from "@/lib/privacy/erasure";
import { purgeExpiredClinicalRecords } from "@/lib/privacy/purge";
import { setRetentionPolicy } from "@/lib/privacy/queries";
import { erasureRequestSchema } from "@/lib/privacy/schema";
import { createSession } from "@/lib/auth/session-store";
import { CLIENT_PASSWORD, ERASED_AT, privacyScenario } from "../support/privacy";
import { createUser } from "../factories/users";

// The scenario's last clinical event: the plan published after the visit of 2030-03-12.
const SEVEN_YEARS_ON = new Date("2037-03-12T17:00:00.000Z");

async function erasedScenario() {
  const s = await privacyScenario();
  const { id } = await requestErasure(s.clientActor, erasureRequestSchema.parse({ password: CLIENT_PASSWORD, confirm: true }), ERASED_AT);
  await approveErasure(s.adminActor, { requestId: id }, ERASED_AT);
  return s;
}

async function clinicalCounts(clientId: string) {
  const ofClient = { appointment: { clientId } };
  const [notes, amendments, intakes, plans, photos, consents, visits] = await Promise.all([
    db.treatmentNote.count({ where: ofClient }),
    db.treatmentNoteAmendment.count({ where: { note: ofClient } }),
    db.intakeSubmission.count({ where: { clientId } }),
    db.homecarePlan.count({ where: { clientId } }),
    db.clinicalPhoto.count({ where: { clientId } }),
    db.photoConsent.count({ where: { clientId } }),
    db.appointment.count({ where: { clientId } }),
  ]);
  return { notes, amendments, intakes, plans, photos, consents, visits };
}

describe("the retention purge", () => {
  test("keeps an erased client's clinical records until the period after the last visit is over, then deletes them", async () => {
    const s = await erasedScenario();
    const kept = await clinicalCounts(s.client.id);
    expect(kept).toMatchObject({ notes: 1, amendments: 1, intakes: 1, plans: 1, photos: 1, visits: 2 });
    expect(kept.consents).toBeGreaterThan(0);

    for (const now of [ERASED_AT, new Date("2037-03-11T17:00:00Z"), SEVEN_YEARS_ON]) {
      await purgeExpiredClinicalRecords({ now });
      expect(await clinicalCounts(s.client.id)).toEqual(kept);
    }

    const after = new Date(SEVEN_YEARS_ON.getTime() + 1);
    const result = await purgeExpiredClinicalRecords({ now: after });
    expect(result.purged).toBeGreaterThanOrEqual(1);
    // What is left is an anonymous client with anonymous visits (the spa's figures still add up).
    expect(await clinicalCounts(s.client.id)).toEqual({ notes: 0, amendments: 0, intakes: 0, plans: 0, photos: 0, consents: 0, visits: 2 });
    expect(await db.photoObject.count({ where: { key: { in: s.photoKeys } } })).toBe(0);
    expect(await db.user.findUniqueOrThrow({ where: { id: s.client.id } })).toMatchObject({ clinicalRecordsPurgedAt: after });
    const audit = await db.auditEvent.findMany({ where: { action: "privacy.retention-purge", entityId: s.client.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: null,
      details: expect.objectContaining({ retentionYears: 7, treatmentNotes: 1, intakes: 1, photos: 1 }),
    });

    // Running again does nothing more.
    await purgeExpiredClinicalRecords({ now: new Date("2040-01-01T00:00:00Z") });
    expect(await db.auditEvent.count({ where: { action: "privacy.retention-purge", entityId: s.client.id } })).toBe(1);
  });

  test("never touches a client who was not erased, however old their records", async () => {
    const s = await privacyScenario();
    const before = await clinicalCounts(s.client.id);
    await purgeExpiredClinicalRecords({ now: new Date("2060-01-01T00:00:00Z") });
    expect(await clinicalCounts(s.client.id)).toEqual(before);
    expect(await db.user.findUniqueOrThrow({ where: { id: s.client.id } })).toMatchObject({ clinicalRecordsPurgedAt: null });
  });

  test("follows the spa's retention policy, which only admins set", async () => {
    const s = await erasedScenario();
    await expect(setRetentionPolicy(s.esthetician, { clinicalRetentionYears: 3 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await setRetentionPolicy(s.adminActor, { clinicalRetentionYears: 10 });
    try {
      await purgeExpiredClinicalRecords({ now: new Date("2037-03-13T00:00:00Z") });
      expect((await clinicalCounts(s.client.id)).notes).toBe(1);
      await purgeExpiredClinicalRecords({ now: new Date("2040-03-13T00:00:00Z") });
      expect((await clinicalCounts(s.client.id)).notes).toBe(0);
      expect(await db.auditEvent.count({ where: { action: "retention-policy.update", actorId: s.adminActor.userId } })).toBe(1);
    } finally {
      await db.retentionPolicy.deleteMany({});
    }
  });
});

describe("the maintenance job", () => {
  test("prunes expired rate-limit rows, throttles, sessions and tokens, and keeps live ones", async () => {
    const now = new Date("2031-06-01T12:00:00Z");
    const past = new Date("2031-05-01T12:00:00Z");
    const later = new Date("2031-06-02T12:00:00Z");
    const { user } = await createUser({ role: "CLIENT" });
    const tag = user.id.slice(0, 8);
    const hex = (text: string) => createHash("sha256").update(`${tag}:${text}`).digest("hex");
    await db.rateLimitCounter.createMany({
      data: [
        { key: `test:${tag}:old`, count: 3, windowStartsAt: past },
        { key: `test:${tag}:live`, count: 3, windowStartsAt: now },
      ],
    });
    await db.signInThrottle.createMany({
      data: [
        { key: `test:${tag}:old`, failures: 9, lastFailureAt: past, blockedUntil: past, attemptId: crypto.randomUUID() },
        { key: `test:${tag}:live`, failures: 9, lastFailureAt: now, blockedUntil: later, attemptId: crypto.randomUUID() },
      ],
    });
    const oldSession = await createSession({ userId: user.id, userAgent: "vitest", ip: "10.0.0.1" }, { now: past });
    const liveSession = await createSession({ userId: user.id, userAgent: "vitest", ip: "10.0.0.1" }, { now });
    await db.passwordToken.createMany({
      data: [
        { userId: user.id, tokenHash: hex("old"), expiresAt: past },
        { userId: user.id, tokenHash: hex("live"), expiresAt: later },
      ],
    });
    const signUp = { name: "X", phone: "1", passwordHash: "x" };
    await db.signUpRequest.createMany({
      data: [
        { ...signUp, email: `old-${tag}@example.test`, tokenHash: hex("su-old"), expiresAt: past },
        { ...signUp, email: `live-${tag}@example.test`, tokenHash: hex("su-live"), expiresAt: later },
      ],
    });
    await db.webAuthnChallenge.createMany({
      data: [
        { challenge: `old-${tag}`, purpose: "SIGN_IN", expiresAt: past },
        { challenge: `live-${tag}`, purpose: "SIGN_IN", expiresAt: later },
      ],
    });
    await db.trustedBrowser.createMany({
      data: [
        { userId: user.id, tokenHash: hex("tb-old"), expiresAt: past },
        { userId: user.id, tokenHash: hex("tb-live"), expiresAt: later },
      ],
    });
    await db.idempotencyRecord.createMany({
      data: [
        { userId: user.id, key: "old", scope: "booking", fingerprint: "f", claimToken: crypto.randomUUID(), expiresAt: past },
        { userId: user.id, key: "live", scope: "booking", fingerprint: "f", claimToken: crypto.randomUUID(), expiresAt: later },
      ],
    });

    const report = await runMaintenance(db, now);
    expect(report).toMatchObject({ retention: { purged: 0 } });
    for (const count of [report.rateLimitCounters, report.signInThrottles, report.sessions, report.passwordTokens, report.signUpRequests]) {
      expect(count).toBeGreaterThanOrEqual(1);
    }

    expect((await db.rateLimitCounter.findMany({ where: { key: { startsWith: `test:${tag}` } } })).map((row) => row.key)).toEqual([
      `test:${tag}:live`,
    ]);
    expect((await db.signInThrottle.findMany({ where: { key: { startsWith: `test:${tag}` } } })).map((row) => row.key)).toEqual([
      `test:${tag}:live`,
    ]);
    expect((await db.userSession.findMany({ where: { userId: user.id } })).map((row) => row.id)).toEqual([liveSession]);
    expect(oldSession).not.toBe(liveSession);
    expect((await db.passwordToken.findMany({ where: { userId: user.id } })).map((row) => row.tokenHash)).toEqual([hex("live")]);
    expect((await db.signUpRequest.findMany({ where: { email: { contains: tag } } })).map((row) => row.tokenHash)).toEqual([
      hex("su-live"),
    ]);
    expect((await db.webAuthnChallenge.findMany({ where: { challenge: { endsWith: tag } } })).map((row) => row.challenge)).toEqual([
      `live-${tag}`,
    ]);
    expect((await db.trustedBrowser.findMany({ where: { userId: user.id } })).map((row) => row.tokenHash)).toEqual([hex("tb-live")]);
    expect((await db.idempotencyRecord.findMany({ where: { userId: user.id } })).map((row) => row.key)).toEqual(["live"]);
  });
});
