import { expect, test } from "vitest";
import { recordAudit } from "@/lib/audit/record";
import { listAuditActions, listAuditEvents } from "@/lib/audit/queries";
import { auditFilterSchema } from "@/lib/audit/schema";
import { db } from "@/lib/db/client";
import { requireSpaLocation } from "@/lib/location/queries";
import { createActor, rejection } from "../support/admin";

test("recordAudit writes inside the caller's transaction: a rolled-back change leaves no entry", async () => {
  const admin = await createActor("ADMIN");
  const entityId = crypto.randomUUID();
  await db.$transaction((tx) =>
    recordAudit(tx, admin, { action: "test.kept", entityType: "client", entityId, details: { at: new Date("2030-01-01T00:00:00Z") } }),
  );
  await db
    .$transaction(async (tx) => {
      await recordAudit(tx, admin, { action: "test.rolled-back", entityType: "client", entityId });
      throw new Error("roll back");
    })
    .catch(() => undefined);
  const events = await listAuditEvents(admin, auditFilterSchema.parse({ entityId }));
  expect(events.map((e) => [e.action, e.actorName])).toEqual([["test.kept", admin.name]]);
  expect(await listAuditActions(admin)).toContain("test.kept");
});

test("filters by action and pages with `before`", async () => {
  const admin = await createActor("ADMIN");
  const entityId = crypto.randomUUID();
  for (const action of ["test.a", "test.b", "test.a"]) await recordAudit(db, admin, { action, entityType: "client", entityId });
  const onlyA = await listAuditEvents(admin, auditFilterSchema.parse({ action: "test.a", entityId }));
  expect(onlyA).toHaveLength(2);
  const older = await listAuditEvents(admin, auditFilterSchema.parse({ entityId, before: onlyA[0]!.createdAt }));
  expect(older.every((e) => e.createdAt < onlyA[0]!.createdAt)).toBe(true);
});

test("entries read as changes in the spa's zone, with names for ids, and never the raw JSON or a secret", async () => {
  const admin = await createActor("ADMIN");
  const staff = await createActor("ESTHETICIAN");
  const entityId = crypto.randomUUID();
  await recordAudit(db, admin, {
    action: "test.readable",
    entityType: "client",
    entityId,
    details: {
      before: { clientId: staff.userId, priceCents: 6000 },
      after: { clientId: admin.userId, priceCents: 6500 },
      token: "tok_123",
    },
  });
  const [event] = await listAuditEvents(admin, auditFilterSchema.parse({ entityId }));
  const { timeZone } = await requireSpaLocation();
  expect(timeZone).toBeTruthy();
  expect(event!.changes).toEqual([`Client: ${staff.name} → ${admin.name}`, expect.stringMatching(/^Price: \D*60(\.00)? → \D*65(\.00)?$/)]);
  expect(JSON.stringify(event)).not.toContain("tok_123");
});

test.each(["CLIENT", "ESTHETICIAN"] as const)("a %s cannot read the audit log", async (role) => {
  const actor = await createActor(role);
  expect((await rejection(listAuditEvents(actor, {}))).code).toBe("FORBIDDEN");
});
