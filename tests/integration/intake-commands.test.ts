import { describe, expect, test } from "vitest";
import { db } from "@/lib/db/client";
import { confirmIntake, saveIntakeDraft, submitIntake } from "@/lib/intake/commands";
import { buildIntakeInput } from "@/tests/support/intake";
import { getOwnIntake, intakeSchemaFor } from "@/lib/intake/queries";
import type { IntakeInput } from "@/lib/intake/schema";
import type { Actor } from "@/lib/auth/policy";
import { asActor, createBookableSpa } from "../factories/booking-spa";
import { createUser } from "../factories/users";

const now = new Date("2030-03-04T12:00:00Z");
const meta = { ip: "203.0.113.7", userAgent: "Vitest browser" };

async function client() {
  await createBookableSpa();
  const { user } = await createUser({ role: "CLIENT", name: "Ana Souza" });
  return asActor(user);
}

/** As the submit action does: the ONE schema, its date rules measured to the spa's today. */
const parsed = async (actor: Actor, input: IntakeInput, at = now) => (await intakeSchemaFor(actor, at)).parse(input);

const auditRows = (actorId: string) => db.auditEvent.findMany({ where: { actorId }, orderBy: { createdAt: "asc" } });

describe("intake drafts", () => {
  test("one draft per client, replaced on each save, audited", async () => {
    const actor = await client();
    await saveIntakeDraft(actor, { contact: { fullName: "Ana" } });
    await saveIntakeDraft(actor, { contact: { fullName: "Ana Souza", email: "half@typ" } });
    const rows = await db.intakeDraft.findMany({ where: { clientId: actor.userId } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.answers).toMatchObject({ contact: { fullName: "Ana Souza", email: "half@typ" } });
    expect((await auditRows(actor.userId)).map((row) => row.action)).toEqual(["intake.draft-save", "intake.draft-save"]);
  });

  test("staff and anonymous cannot save a client draft", async () => {
    const { user } = await createUser({ role: "ESTHETICIAN" });
    await expect(saveIntakeDraft(asActor(user), {})).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(saveIntakeDraft(null as never, {})).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});

describe("intake submissions", () => {
  test("each submission is a new version with time, IP, user agent and form version; the draft goes", async () => {
    const actor = await client();
    await saveIntakeDraft(actor, { contact: { fullName: "Ana" } });
    const first = await submitIntake(actor, await parsed(actor, buildIntakeInput()), meta, now);
    const second = await submitIntake(
      actor,
      await parsed(actor, buildIntakeInput({ pregnancy: { pregnant: true } })),
      meta,
      new Date(now.getTime() + 60_000),
    );
    expect(second.id).not.toBe(first.id);
    const rows = await db.intakeSubmission.findMany({ where: { clientId: actor.userId }, orderBy: { submittedAt: "asc" } });
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      formVersion: 1,
      ip: "203.0.113.7",
      userAgent: "Vitest browser",
      signature: "Ana Souza",
      consentAgreed: true,
    });
    expect((rows[0]!.answers as { pregnancy: { pregnant: boolean } }).pregnancy.pregnant).toBe(false);
    expect((rows[1]!.answers as { pregnancy: { pregnant: boolean } }).pregnancy.pregnant).toBe(true);
    expect(await db.intakeDraft.count({ where: { clientId: actor.userId } })).toBe(0);
    const own = await getOwnIntake(actor, now);
    expect(own.latest?.id).toBe(second.id);
    expect(own.validity).toMatchObject({ submittedOn: "2030-03-04", expiresOn: "2030-09-04", isCurrent: true });
  });

  test("an invalid submission is refused with field errors and nothing is stored", async () => {
    const actor = await client();
    const input = buildIntakeInput({ consent: { agreed: false, signature: "Someone Else" } });
    const result = (await intakeSchemaFor(actor, now)).safeParse(input);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(
      expect.arrayContaining(["consent.agreed", "consent.signature"]),
    );
  });

  test("dates after the spa's today are refused (today is the spa's calendar date)", async () => {
    const actor = await client();
    const input = buildIntakeInput({ hairRemoval: { waxing: { yes: true, date: "2030-03-05" } } });
    expect((await intakeSchemaFor(actor, now)).safeParse(input).success).toBe(false);
    expect((await intakeSchemaFor(actor, new Date("2030-03-05T17:00:00Z"))).safeParse(input).success).toBe(true);
  });

  test("the database refuses to overwrite or delete a submission", async () => {
    const actor = await client();
    const first = await submitIntake(actor, await parsed(actor, buildIntakeInput()), meta, now);
    await expect(db.intakeSubmission.update({ where: { id: first.id }, data: { signature: "X" } })).rejects.toThrow(/immutable/);
    await expect(db.intakeSubmission.delete({ where: { id: first.id } })).rejects.toThrow(/immutable/);
  });

  test("confirm without changes makes a new version with the same answers, linked to the old", async () => {
    const actor = await client();
    const first = await submitIntake(actor, await parsed(actor, buildIntakeInput({ skinHistory: { rosacea: true } })), meta, now);
    const later = new Date("2030-05-01T12:00:00Z");
    const confirmed = await confirmIntake(actor, { submissionId: first.id, agreed: true, signature: "ana souza" }, meta, later);
    expect(confirmed.confirmedFromId).toBe(first.id);
    expect(confirmed.answers.skinHistory.rosacea).toBe(true);
    expect(confirmed.submittedOn).toBe("2030-05-01");
    expect((await auditRows(actor.userId)).map((row) => row.action)).toEqual(["intake.submit", "intake.confirm"]);
  });

  test("confirm refuses another person's submission and a wrong signature", async () => {
    const actor = await client();
    const other = await client();
    const theirs = await submitIntake(other, await parsed(other, buildIntakeInput()), meta, now);
    await expect(confirmIntake(actor, { submissionId: theirs.id, agreed: true, signature: "Ana Souza" }, meta, now)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const mine = await submitIntake(actor, await parsed(actor, buildIntakeInput()), meta, now);
    await expect(confirmIntake(actor, { submissionId: mine.id, agreed: true, signature: "Bob" }, meta, now)).rejects.toMatchObject({
      code: "VALIDATION",
    });
  });

  test("reading one's own intake is audited and reaches only one's own", async () => {
    const actor = await client();
    const other = await client();
    await submitIntake(other, await parsed(other, buildIntakeInput()), meta, now);
    const own = await getOwnIntake(actor, now);
    expect(own.latest).toBeNull();
    const reads = (await auditRows(actor.userId)).filter((row) => row.action === "intake.read");
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({ entityType: "client", entityId: actor.userId });
  });
});
