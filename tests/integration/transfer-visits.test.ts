import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db/client";
import { addDays, getLocalDate } from "@/lib/dates/local-date";
import { applyImport, createImport, saveImportMapping } from "@/lib/transfer/commands";
import { dryRunImport, getImport, getVisitNameChoices } from "@/lib/transfer/queries";
import { runPendingImports } from "@/lib/transfer/runner";
import { createBookableSpa } from "../factories/booking-spa";
import { createLocation } from "../factories/spa";
import { createUser } from "../factories/users";
import { createActor, rejection } from "../support/admin";
import { csvFile, importAndRun, rowOutcomes } from "../support/imports";

const ZONE = "America/New_York";
const HEADER = ["Appointment Date", "Start Time", "Service", "Staff", "Client", "Client Email", "Client Phone"];

beforeAll(async () => {
  if (!(await db.location.count())) await createLocation();
});

async function spaWithClients() {
  const spa = await createBookableSpa({ staffCount: 2, roomCount: 2 });
  const t = randomUUID().slice(0, 8);
  const make = async (name: string) =>
    (await createUser({ role: "CLIENT", name, email: `${name.toLowerCase()}.${t}@example.test`, phone: null })).user;
  const [ana, ben, cy] = [await make("Ana"), await make("Ben"), await make("Cy")];
  const day = addDays(getLocalDate(new Date(), ZONE), 3);
  const [month, dayOfMonth, year] = [day.slice(5, 7), day.slice(8, 10), day.slice(0, 4)];
  return { ...spa, ana, ben, cy, t, day, us: `${month}/${dayOfMonth}/${year}`, admin: spa.adminActor };
}

describe("visit import", () => {
  test("books through the booking command; overlaps, unknown names and unknown clients are reported, not forced", async () => {
    const spa = await spaWithClients();
    const [first, second] = spa.staff;
    const admin = await createActor("ADMIN");
    const yesterday = addDays(getLocalDate(new Date(), ZONE), -1);
    const content = csvFile([
      HEADER,
      [spa.us, "10:00 AM", spa.service.name, first!.profile.displayName, "Ana", spa.ana.email, ""],
      [spa.us, "10:00", spa.service.name.toUpperCase(), first!.profile.displayName, "Ben", spa.ben.email, ""],
      [spa.us, "2:00 PM", spa.service.name, "Sam (old name)", "Cy", spa.cy.email, ""],
      [spa.us, "3:00 PM", "Mystery Peel", second!.profile.displayName, "Cy", spa.cy.email, ""],
      [spa.us, "4:00 PM", spa.service.name, second!.profile.displayName, "Dee", `dee.${spa.t}@example.test`, ""],
      [yesterday, "11:00", spa.service.name, second!.profile.displayName, "Ana", spa.ana.email, ""],
      [spa.us, "10:00 AM", spa.service.name, first!.profile.displayName, "Ana", spa.ana.email.toUpperCase(), ""],
      [spa.us, "25:00", spa.service.name, second!.profile.displayName, "Ana", spa.ana.email, ""],
    ]);
    const { id } = await createImport(admin, { kind: "VISITS", fileName: "visits.csv", content });
    const setup = await getImport(admin, id);
    expect(setup.mapping.columns).toEqual({ date: 0, time: 1, service: 2, staff: 3, fullName: 4, email: 5, phone: 6 });

    const names = await getVisitNameChoices(admin, id);
    expect(names.staff.find((choice) => choice.name === "Sam (old name)")).toEqual({ name: "Sam (old name)", matchedId: null });
    await saveImportMapping(admin, {
      importId: id,
      mapping: setup.mapping,
      valueMapping: { staff: { "Sam (old name)": second!.profile.id } },
    });

    const dry = await dryRunImport(admin, id);
    expect(dry.rows.map((row) => [row.rowNumber, row.outcome, row.description])).toEqual([
      [1, "BOOKED", expect.stringContaining("Will be booked")],
      [2, "BOOKED", expect.stringContaining("Will be booked")],
      [3, "BOOKED", expect.stringContaining("Will be booked")],
      [4, "REJECTED", 'No service matches "Mystery Peel": choose one on the mapping step.'],
      [5, "REJECTED", "No client with this email or phone: import the clients first."],
      [6, "REJECTED", "In the past: only upcoming visits are imported."],
      [7, "REJECTED", "Duplicate inside the file: row 1 is the same client at the same time."],
      [8, "REJECTED", "The start time is not a time of day."],
    ]);

    await applyImport(admin, { importId: id });
    await runPendingImports(db);
    expect(await getImport(admin, id)).toMatchObject({ state: "DONE", rowsDone: 8, createdCount: 2, rejectedCount: 6 });
    const outcomes = await rowOutcomes(id);
    expect(outcomes[1]).toMatchObject({ outcome: "REJECTED", reason: expect.stringContaining("Not free") });
    const booked = await db.appointment.findMany({
      where: { id: { in: outcomes.flatMap((row) => (row.entityId ? [row.entityId] : [])) } },
    });
    expect(booked.map((visit) => [visit.clientId, visit.staffId, getLocalDate(visit.startsAt, ZONE)]).sort()).toEqual(
      [
        [spa.ana.id, first!.profile.id, spa.day],
        [spa.cy.id, second!.profile.id, spa.day],
      ].sort(),
    );
    // Not ticked: the clients hear nothing.
    expect(await db.emailMessage.count({ where: { appointmentId: { in: booked.map((visit) => visit.id) } } })).toBe(0);
    expect(
      await db.auditEvent.count({
        where: { entityId: { in: booked.map((visit) => visit.id) }, action: "appointment.book", actorId: admin.userId },
      }),
    ).toBe(2);
  });

  test("a later file books only its new rows; confirmations go when ticked", async () => {
    const spa = await spaWithClients();
    const [first] = spa.staff;
    const admin = await createActor("ADMIN");
    const row = (time: string, client: { email: string }) => [
      spa.us,
      time,
      spa.service.name,
      first!.profile.displayName,
      "",
      client.email,
      "",
    ];
    const once = await importAndRun(admin, "VISITS", csvFile([HEADER, row("10:00", spa.ana)]));
    expect(once).toMatchObject({ createdCount: 1 });
    const later = await importAndRun(admin, "VISITS", csvFile([HEADER, row("10:00", spa.ana), row("13:00", spa.ben)]), {
      sendConfirmations: true,
    });
    expect(later).toMatchObject({ state: "DONE", createdCount: 1, skippedCount: 1, rejectedCount: 0 });
    const [, newRow] = await rowOutcomes(later.id);
    expect(await db.emailMessage.count({ where: { appointmentId: newRow!.entityId!, template: "BOOKING_CONFIRMATION" } })).toBe(1);
  });

  test("only admins import visits", async () => {
    const desk = await createActor("FRONT_DESK");
    expect(await rejection(createImport(desk, { kind: "VISITS", fileName: "v.csv", content: csvFile([HEADER]) }))).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await rejection(getVisitNameChoices(desk, randomUUID()))).toMatchObject({ code: "FORBIDDEN" });
  });
});
