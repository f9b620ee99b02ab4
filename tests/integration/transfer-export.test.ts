import { parse } from "csv-parse/sync";
import { describe, expect, test } from "vitest";
import { db } from "@/lib/db/client";
import { addDays, getLocalDate } from "@/lib/dates/local-date";
import { localDateTimeToInstant } from "@/lib/scheduling/wall-time";
import { exportEverything, WRONG_PASSWORD } from "@/lib/transfer/export";
import { insertAppointment } from "../factories/appointments";
import { asActor, createBookableSpa } from "../factories/booking-spa";
import { createLocation } from "../factories/spa";
import { createUser } from "../factories/users";
import { createActor, rejection } from "../support/admin";
import { withDefaultDb } from "../support/default-db";
import { withFreshDatabase } from "../support/fresh-database";
import { importAndRun } from "../support/imports";
import { readZip } from "../support/zip";

const ZONE = "America/New_York";
const table = (csv: string) => parse(csv, { bom: true, columns: true }) as Record<string, string>[];

/** The same spa (names, hours, rooms) in whatever database `db` points at. */
async function setUpSpa() {
  const spa = await createBookableSpa({ staffCount: 1, roomCount: 1 });
  await db.service.update({ where: { id: spa.service.id }, data: { name: "Signature Facial" } });
  await db.staffProfile.update({ where: { id: spa.staff[0]!.profile.id }, data: { displayName: "Mara Lind" } });
  return spa;
}

const clientsOf = async () =>
  (await db.user.findMany({ where: { role: "CLIENT" }, select: { name: true, email: true, phone: true, birthDate: true } }))
    .map((c) => `${c.name}|${c.email ?? ""}|${c.phone ?? ""}|${c.birthDate?.toISOString().slice(0, 10) ?? ""}`)
    .sort();
const visitsOf = async () =>
  (
    await db.appointment.findMany({
      where: { status: "BOOKED" },
      select: {
        startsAt: true,
        client: { select: { email: true } },
        service: { select: { name: true } },
        staff: { select: { displayName: true } },
      },
    })
  )
    .map((a) => `${a.startsAt.toISOString()}|${a.client.email}|${a.service.name}|${a.staff.displayName}`)
    .sort();

describe("export", () => {
  test("round trip: export, import into an empty database, the same clients and upcoming visits", async () => {
    const exported = await withFreshDatabase((source) =>
      withDefaultDb(source, async () => {
        const spa = await setUpSpa();
        const day = addDays(getLocalDate(new Date(), ZONE), 5);
        const people = [
          { name: "Ines Mora", email: "ines@example.test", phone: "+12125550181" },
          { name: "Jon Ekdahl", email: "jon@example.test", phone: "+16465550182" },
          { name: "Kemi Ade", email: "kemi@example.test", phone: "+13475550183" },
        ];
        const clients = [];
        for (const person of people) clients.push((await createUser({ role: "CLIENT", ...person })).user);
        await db.user.update({ where: { id: clients[0]!.id }, data: { birthDate: new Date("1991-02-03T00:00:00Z") } });
        await db.user.update({ where: { id: clients[2]!.id }, data: { email: null } }); // booked by phone, no email: matched by phone
        await db.user.deleteMany({ where: { id: spa.client.id } }); // the factory's own client: only ours remain
        const base = {
          locationId: spa.location.id,
          staffId: spa.staff[0]!.profile.id,
          serviceId: spa.service.id,
          resourceIds: [spa.rooms[0]!.id],
        };
        await insertAppointment({ ...base, clientId: clients[0]!.id, startsAt: localDateTimeToInstant(`${day}T10:00`, ZONE)! });
        await insertAppointment({ ...base, clientId: clients[2]!.id, startsAt: localDateTimeToInstant(`${day}T14:00`, ZONE)! });
        await insertAppointment({
          ...base,
          clientId: clients[1]!.id,
          startsAt: localDateTimeToInstant(`${day}T12:00`, ZONE)!,
          status: "CANCELLED",
        });
        const { stream, fileName } = await exportEverything(spa.adminActor, { includeClinical: false });
        expect(fileName).toMatch(/^glowbook-export-\d{4}-\d{2}-\d{2}\.zip$/);
        return { files: await readZip(stream), clients: await clientsOf(), visits: await visitsOf(), admin: spa.adminActor };
      }),
    );
    expect([...exported.files.keys()].sort()).toEqual(
      ["README.txt", "appointments.csv", "audit_log.csv", "clients.csv", "homecare_plans.csv", "services.csv", "staff_hours.csv"].sort(),
    );
    expect(exported.files.get("README.txt")).toContain("Client since: ");
    expect(
      table(exported.files.get("appointments.csv")!)
        .map((row) => row.Status)
        .sort(),
    ).toEqual(["BOOKED", "BOOKED", "CANCELLED"]);
    expect(
      table(exported.files.get("audit_log.csv")!).some((row) => row.Action === "data.export" && row["Actor ID"] === exported.admin.userId),
    ).toBe(true);
    expect(exported.visits).toHaveLength(2);

    await withFreshDatabase((target) =>
      withDefaultDb(target, async () => {
        const spa = await setUpSpa();
        await db.user.deleteMany({ where: { id: spa.client.id } });
        const clients = await importAndRun(spa.adminActor, "CLIENTS", Buffer.from(exported.files.get("clients.csv")!));
        expect(clients).toMatchObject({ state: "DONE", createdCount: 3, rejectedCount: 0 });
        expect(await clientsOf()).toEqual(exported.clients);
        const visits = await importAndRun(spa.adminActor, "VISITS", Buffer.from(exported.files.get("appointments.csv")!));
        expect(visits).toMatchObject({ state: "DONE", createdCount: 2, rejectedCount: 1 }); // the cancelled one stays out
        expect(await visitsOf()).toEqual(exported.visits);
      }),
    );
  });

  test("notes and intake answers only with the admin's password; only admins export", async () => {
    if (!(await db.location.count())) await createLocation();
    const { user, password } = await createUser({ role: "ADMIN" });
    const admin = asActor(user);
    expect(await rejection(exportEverything(admin, { includeClinical: true, password: "not-it" }))).toMatchObject({
      code: "VALIDATION",
      userMessage: WRONG_PASSWORD,
    });
    const { stream } = await exportEverything(admin, { includeClinical: true, password });
    const files = await readZip(stream);
    expect(files.has("treatment_notes.csv")).toBe(true);
    expect(files.has("intake_submissions.csv")).toBe(true);
    expect(files.get("README.txt")).toContain("health records");
    const audit = await db.auditEvent.findFirst({
      where: { actorId: admin.userId, action: "data.export" },
      orderBy: { createdAt: "desc" },
    });
    expect(audit?.details).toMatchObject({ includeClinical: true });
    for (const role of ["FRONT_DESK", "ESTHETICIAN", "CLIENT"] as const) {
      expect(await rejection(exportEverything(await createActor(role), { includeClinical: false }))).toMatchObject({ code: "FORBIDDEN" });
    }
  });
});
