import { beforeEach, describe, expect, test } from "vitest";
import { db } from "@/lib/db/client";
import { postgresCode } from "@/lib/errors/postgres";
import { insertAppointment } from "../factories/appointments";
import { createEsthetician, createLocation, createService } from "../factories/spa";
import { createUser } from "../factories/users";

// The database is the last line of defence against double booking: these prove the exclusion
// constraints themselves, whatever the application does.
const at = (iso: string) => new Date(iso);
let base: { locationId: string; clientId: string; staffId: string; serviceId: string };
let roomId: string;
// A second client for the competing appointment, so only the constraint under test can refuse it
// (one client never holds two overlapping visits either: appointment_no_client_overlap).
let otherClientId: string;

beforeEach(async () => {
  const location = await createLocation();
  const service = await createService(location.id);
  const { profile } = await createEsthetician(location.id, { serviceIds: [service.id] });
  const { user: client } = await createUser({ role: "CLIENT" });
  const room = await db.resource.create({ data: { locationId: location.id, name: "Room", kind: "TREATMENT_ROOM" } });
  const { user: otherClient } = await createUser({ role: "CLIENT" });
  base = { locationId: location.id, clientId: client.id, staffId: profile.id, serviceId: service.id };
  roomId = room.id;
  otherClientId = otherClient.id;
});

async function expectExclusionViolation(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, "the insert should have been refused").not.toBeNull();
  expect(postgresCode(error)).toBe("23P01");
}

describe("one esthetician never has two overlapping appointments", () => {
  test("an overlap of the blocked intervals (buffers included) is refused", async () => {
    await insertAppointment({ ...base, startsAt: at("2030-03-04T15:00:00Z") });
    // 16:00 end + 15 min buffer = 16:15; a 16:20 start has a 10 min prep buffer from 16:10.
    await expectExclusionViolation(insertAppointment({ ...base, clientId: otherClientId, startsAt: at("2030-03-04T16:20:00Z") }));
  });

  test("back-to-back blocked intervals are allowed (buffers are not doubled)", async () => {
    await insertAppointment({ ...base, startsAt: at("2030-03-04T15:00:00Z") });
    await expect(insertAppointment({ ...base, clientId: otherClientId, startsAt: at("2030-03-04T16:25:00Z") })).resolves.toBeDefined();
  });

  test("a cancelled appointment frees its time", async () => {
    await insertAppointment({ ...base, startsAt: at("2030-03-04T15:00:00Z"), status: "CANCELLED" });
    await insertAppointment({ ...base, startsAt: at("2030-03-04T15:00:00Z"), status: "LATE_CANCELLED" });
    await expect(insertAppointment({ ...base, startsAt: at("2030-03-04T15:00:00Z") })).resolves.toBeDefined();
  });

  test("re-activating a cancelled appointment into a taken slot is refused", async () => {
    const cancelled = await insertAppointment({ ...base, startsAt: at("2030-03-04T15:00:00Z"), status: "CANCELLED" });
    await insertAppointment({ ...base, clientId: otherClientId, startsAt: at("2030-03-04T15:00:00Z") });
    await expectExclusionViolation(db.appointment.update({ where: { id: cancelled.id }, data: { status: "BOOKED", cancelledAt: null } }));
  });
});

describe("one resource is never held twice at once", () => {
  test("two estheticians cannot hold the same room for overlapping times", async () => {
    const { profile: other } = await createEsthetician(base.locationId, { serviceIds: [base.serviceId] });
    await insertAppointment({ ...base, startsAt: at("2030-03-04T15:00:00Z"), resourceIds: [roomId] });
    await expectExclusionViolation(
      insertAppointment({
        ...base,
        clientId: otherClientId,
        staffId: other.id,
        startsAt: at("2030-03-04T15:30:00Z"),
        resourceIds: [roomId],
      }),
    );
    await expect(
      insertAppointment({ ...base, clientId: otherClientId, staffId: other.id, startsAt: at("2030-03-04T15:30:00Z") }),
    ).resolves.toBeDefined();
  });
});
