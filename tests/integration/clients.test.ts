import { describe, expect, test } from "vitest";
import { sendIntakeLinkNow, updateClientContact } from "@/lib/clients/commands";
import { mergeClients } from "@/lib/clients/merge";
import { getClientProfile } from "@/lib/clients/queries";
import { searchClients } from "@/lib/clients/search";
import { getSpaCalendar } from "@/lib/booking/calendar-queries";
import { cancelAsAdmin, markAppointmentStatus } from "@/lib/booking/status-commands";
import { findActorById } from "@/lib/auth/queries";
import { db } from "@/lib/db/client";
import { submitIntake } from "@/lib/intake/commands";
import { buildIntakeAnswers } from "@/tests/support/intake";
import { insertAppointment } from "../factories/appointments";
import { asActor, createBookableSpa } from "../factories/booking-spa";
import { createUser } from "../factories/users";
import { createActor, rejection } from "../support/admin";

const now = new Date("2030-03-04T12:00:00Z");
const suffix = () => Math.random().toString(36).slice(2, 8);

async function client(name: string, extra: { email?: string | null; phone?: string | null } = {}) {
  return (
    await createUser({
      role: "CLIENT",
      name,
      email: extra.email ?? `${name.toLowerCase().replace(/\W+/g, ".")}.${suffix()}@example.test`,
      phone: extra.phone,
    })
  ).user;
}

describe("searchClients", () => {
  test("tolerates typos and partial input, by name, email or phone digits, best match first", async () => {
    const desk = await createActor("FRONT_DESK");
    const tag = suffix();
    const jordan = await client(`Jordanna Quill${tag}`, { phone: "+1 (212) 555-0177" });
    const jordyn = await client(`Jordyn Quilter${tag}`);
    await client(`Unrelated Person${tag}`);
    const names = async (q: string) => (await searchClients(desk, { q, limit: 10 })).items.map((c) => c.id);

    expect((await names(`Jordanna Quill${tag}`))[0]).toBe(jordan.id); // exact
    expect((await names(`Jordana Quil${tag}`))[0]).toBe(jordan.id); // typos
    expect(await names(`quill${tag}`)).toEqual(expect.arrayContaining([jordan.id])); // one word, partial
    expect(await names("212 555 0177")).toContain(jordan.id); // phone, any formatting
    expect(await names(jordyn.email.slice(0, 12))).toContain(jordyn.id); // email prefix
    expect(await names(`Unrelatd${tag}`)).not.toContain(jordan.id);
  });

  test("without a search, pages by last visit (never visited last) with a cursor that loses nobody", async () => {
    const desk = await createActor("FRONT_DESK");
    const all = [];
    let cursor: string | undefined;
    do {
      const page = await searchClients(desk, { cursor, limit: 7 });
      all.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
    expect(all.length).toBe(await db.user.count({ where: { role: "CLIENT", mergedIntoId: null, erasedAt: null } }));
    const visited = all.filter((c) => c.lastVisitAt);
    expect(visited.map((c) => c.lastVisitAt!.getTime())).toEqual([...visited.map((c) => c.lastVisitAt!.getTime())].sort((a, b) => b - a));
    expect(all.slice(visited.length).every((c) => c.lastVisitAt === null)).toBe(true);
    await expect(searchClients(desk, { cursor: "not-a-cursor" })).rejects.toMatchObject({ code: "VALIDATION" });
  });

  test("a checked-in or completed visit becomes the client's last visit (kept by the database)", async () => {
    const spa = await createBookableSpa();
    const desk = await createActor("FRONT_DESK");
    const visit = await insertAppointment({
      locationId: spa.location.id,
      clientId: spa.client.id,
      staffId: spa.staff[0]!.profile.id,
      serviceId: spa.service.id,
      startsAt: new Date("2030-03-04T15:00:00Z"),
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: spa.client.id } })).lastVisitAt).toBeNull();
    await markAppointmentStatus(desk, { appointmentId: visit.id, status: "CHECKED_IN" }, new Date("2030-03-04T14:55:00Z"));
    expect((await db.user.findUniqueOrThrow({ where: { id: spa.client.id } })).lastVisitAt).toEqual(visit.startsAt);
  });
});

describe("mergeClients", () => {
  async function duplicates() {
    const spa = await createBookableSpa({ staffCount: 2 });
    const desk = await createActor("FRONT_DESK");
    const keep = spa.client;
    const dupe = (await createUser({ role: "CLIENT", name: keep.name, phone: "+1 212 555 0199" })).user;
    await db.user.update({ where: { id: dupe.id }, data: { email: null, passwordHash: null } });
    const at = (clientId: string, iso: string, staff = 0) =>
      insertAppointment({
        locationId: spa.location.id,
        clientId,
        staffId: spa.staff[staff]!.profile.id,
        serviceId: spa.service.id,
        startsAt: new Date(iso),
      });
    return { spa, desk, keep, dupe, at };
  }

  test("moves appointments, intakes, plans and messages, takes the phone, retires the duplicate, and audits", async () => {
    const { spa, desk, keep, dupe, at } = await duplicates();
    const visit = await at(dupe.id, "2030-03-05T15:00:00Z");
    await at(keep.id, "2030-03-06T15:00:00Z");
    await submitIntake(asActor({ ...dupe, role: "CLIENT" }), buildIntakeAnswers(), { ip: null, userAgent: null }, now);
    await db.emailMessage.create({
      data: {
        toAddress: "x@example.test",
        fromAddress: "spa@example.test",
        subject: "s",
        template: "INTAKE_LINK",
        html: "",
        text: "",
        clientId: dupe.id,
      },
    });
    await db.user.update({ where: { id: keep.id }, data: { phone: null } });

    const result = await mergeClients(desk, { clientId: keep.id, duplicateId: dupe.id }, now);
    expect(result.moved).toMatchObject({ appointments: 1, intakes: 1, messages: 1, homecarePlans: 0 });
    expect((await db.appointment.findUniqueOrThrow({ where: { id: visit.id } })).clientId).toBe(keep.id);
    expect(await db.intakeSubmission.count({ where: { clientId: keep.id } })).toBe(1);
    expect(await db.emailMessage.count({ where: { clientId: keep.id } })).toBe(1);
    expect(await db.user.findUniqueOrThrow({ where: { id: keep.id } })).toMatchObject({ phone: "+1 212 555 0199" });
    expect(await db.user.findUniqueOrThrow({ where: { id: dupe.id } })).toMatchObject({
      mergedIntoId: keep.id,
      email: null,
      passwordHash: null,
    });
    expect(await findActorById(dupe.id)).toBeNull();
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: keep.id, action: "client.merge" } });
    expect(audit).toMatchObject({ actorId: desk.userId, details: expect.objectContaining({ duplicateId: dupe.id }) });
    // The duplicate is out of the directory; its visit now shows under the kept client on the calendar.
    expect((await searchClients(desk, { q: keep.name })).items.map((c) => c.id)).not.toContain(dupe.id);
    const day = await getSpaCalendar(desk, { view: "staff", date: "2030-03-05", locationId: spa.location.id });
    expect(day.columns.flatMap((c) => c.blocks).find((b) => b.id === visit.id)).toMatchObject({ clientId: keep.id });
    // Signed intakes stay immutable outside a merge.
    await expect(db.intakeSubmission.updateMany({ where: { clientId: keep.id }, data: { signature: "changed" } })).rejects.toThrow();
  });

  test("is refused when the two have visits at overlapping times, and nothing moves", async () => {
    const { desk, keep, dupe, at } = await duplicates();
    await at(keep.id, "2030-03-05T15:00:00Z", 0);
    const clash = await at(dupe.id, "2030-03-05T15:30:00Z", 1);
    const refused = await rejection(mergeClients(desk, { clientId: keep.id, duplicateId: dupe.id }, now));
    expect(refused).toMatchObject({ code: "CONFLICT", userMessage: expect.stringContaining("same time") });
    expect((await db.appointment.findUniqueOrThrow({ where: { id: clash.id } })).clientId).toBe(dupe.id);
    expect((await db.user.findUniqueOrThrow({ where: { id: dupe.id } })).mergedIntoId).toBeNull();
    // Once one of the pair is cancelled, the merge goes through.
    await cancelAsAdmin(desk, { appointmentId: clash.id, reason: "Duplicate booking", spaInitiated: true }, now);
    await expect(mergeClients(desk, { clientId: keep.id, duplicateId: dupe.id }, now)).resolves.toMatchObject({ id: keep.id });
  });
});

describe("access for the new role and the directory", () => {
  test("an esthetician sees only clients they treated or are booked with; a client sees none", async () => {
    const spa = await createBookableSpa({ staffCount: 2 });
    const mine = spa.client;
    const theirs = await client(`Other Client ${suffix()}`);
    await insertAppointment({
      locationId: spa.location.id,
      clientId: mine.id,
      staffId: spa.staff[0]!.profile.id,
      serviceId: spa.service.id,
      startsAt: new Date("2030-03-05T15:00:00Z"),
    });
    await insertAppointment({
      locationId: spa.location.id,
      clientId: theirs.id,
      staffId: spa.staff[1]!.profile.id,
      serviceId: spa.service.id,
      startsAt: new Date("2030-03-05T15:00:00Z"),
    });
    const esthetician = asActor(spa.staff[0]!.user);
    const found = (await searchClients(esthetician, { limit: 100 })).items.map((c) => c.id);
    expect(found).toEqual([mine.id]);
    await expect(getClientProfile(esthetician, mine.id, now)).resolves.toMatchObject({ id: mine.id });
    expect((await rejection(getClientProfile(esthetician, theirs.id, now))).code).toBe("NOT_FOUND");
    expect((await rejection(searchClients(spa.clientActor, { q: "a" }))).code).toBe("FORBIDDEN");
  });

  test("the front desk sees every client's contact, visits, intake status and the flags summary, never the answers", async () => {
    const spa = await createBookableSpa();
    const desk = await createActor("FRONT_DESK");
    await submitIntake(
      spa.clientActor,
      buildIntakeAnswers({ pregnancy: { pregnant: true }, medical: { otherMedications: "secret-detail-xyz" } }),
      { ip: null, userAgent: null },
      now,
    );
    const profile = await getClientProfile(desk, spa.client.id, now);
    expect(profile.intake.state).toBe("current");
    expect(profile.flags.length).toBeGreaterThan(0);
    for (const flag of profile.flags) expect(Object.keys(flag).sort()).toEqual(["message", "severity"]);
    expect(JSON.stringify(profile)).not.toContain("secret-detail-xyz");
  });

  test.each(["ESTHETICIAN", "CLIENT"] as const)("a %s may not edit a client, send links or merge", async (role) => {
    const spa = await createBookableSpa();
    const actor = role === "CLIENT" ? spa.clientActor : asActor(spa.staff[0]!.user);
    const other = await client(`Someone ${suffix()}`);
    expect(
      (await rejection(updateClientContact(actor, { clientId: spa.client.id, name: "X Y", phone: "+1 212 555 0100", email: null }))).code,
    ).toBe("FORBIDDEN");
    expect((await rejection(sendIntakeLinkNow(actor, { clientId: spa.client.id }))).code).toBe("FORBIDDEN");
    expect((await rejection(mergeClients(actor, { clientId: spa.client.id, duplicateId: other.id }))).code).toBe("FORBIDDEN");
  });

  test("the desk changes a client's email only while they have no password", async () => {
    const spa = await createBookableSpa();
    const desk = await createActor("FRONT_DESK");
    const refused = await rejection(
      updateClientContact(desk, { clientId: spa.client.id, name: "New Name", phone: "+1 212 555 0100", email: "new@example.test" }, now),
    );
    expect(refused).toMatchObject({ code: "CONFLICT", details: { fieldErrors: { email: [expect.any(String)] } } });
    const walkIn = (await createUser({ role: "CLIENT" })).user;
    await db.user.update({ where: { id: walkIn.id }, data: { email: null, passwordHash: null } });
    const email = `walk.in.${suffix()}@example.test`;
    await expect(
      updateClientContact(desk, { clientId: walkIn.id, name: "Walk In", phone: "+1 212 555 0100", email }, now),
    ).resolves.toEqual({ id: walkIn.id, invited: true });
    expect(await db.emailMessage.count({ where: { clientId: walkIn.id, template: "ACCOUNT_INVITATION" } })).toBe(1);
  });
});
