import { describe, expect, test } from "vitest";
import { isLostRace } from "@/lib/booking/conflict";
import { writeBooking, type NewBooking } from "@/lib/booking/write-booking";
import { db } from "@/lib/db/client";
import { isClientOverlapViolation } from "@/lib/errors/postgres";
import { insertAppointment } from "../factories/appointments";
import { createBookableSpa } from "../factories/booking-spa";
import { createEsthetician } from "../factories/spa";
import { createUser } from "../factories/users";

// The booking's one statement (decision 0045) against rows it did not see coming: the exclusion
// constraints still decide, and its error is recognised as the lone insert's was.
const tenAm = new Date("2030-03-05T15:00:00.000Z");
const minutes = (date: Date, n: number) => new Date(date.getTime() + n * 60_000);

async function newBooking() {
  const spa = await createBookableSpa();
  const booking: NewBooking = {
    locationId: spa.location.id,
    clientId: spa.client.id,
    serviceId: spa.service.id,
    staffId: spa.staff[0]!.profile.id,
    startsAt: tenAm,
    endsAt: minutes(tenAm, 60),
    blockedFrom: minutes(tenAm, -15),
    blockedUntil: minutes(tenAm, 75),
    resourceIds: [spa.rooms[0]!.id],
    priceCents: 9_000,
    currency: "USD",
    clientNotes: "",
    date: "2030-03-05" as NewBooking["date"],
    overlapReason: null,
  };
  return { spa, booking };
}

describe("writeBooking", () => {
  test.each([
    { taken: "the same esthetician", sameEsthetician: true },
    { taken: "the room (another esthetician)", sameEsthetician: false },
  ])("a visit written around the day's lock that takes $taken makes it a lost race", async ({ sameEsthetician }) => {
    const { spa, booking } = await newBooking();
    const { user: other } = await createUser({ role: "CLIENT" });
    const staffId = sameEsthetician
      ? booking.staffId
      : (await createEsthetician(spa.location.id, { serviceIds: [spa.service.id] })).profile.id;
    const resourceIds = sameEsthetician ? [] : [spa.rooms[0]!.id];
    await insertAppointment({
      locationId: spa.location.id,
      clientId: other.id,
      staffId,
      serviceId: spa.service.id,
      startsAt: tenAm,
      resourceIds,
    });
    const error = await db
      .$transaction((tx) => writeBooking(tx, booking))
      .then(
        () => null,
        (caught: unknown) => caught,
      );
    expect(isLostRace(error)).toBe(true);
    expect(isClientOverlapViolation(error)).toBe(false);
  });

  test("written: the visit, its room for the blocked interval, its feed entry, and its mail, read back", async () => {
    const { spa, booking } = await newBooking();
    const written = await db.$transaction((tx) => writeBooking(tx, booking));
    expect(written?.appointment).toMatchObject({ clientId: spa.client.id, staffId: booking.staffId, status: "BOOKED", startsAt: tenAm });
    expect(written?.overlapping).toEqual([]);
    expect(written?.mail.data).toMatchObject({ serviceName: spa.service.name, startsAt: tenAm, appointmentId: written?.appointment.id });
    const held = await db.appointmentResource.findMany({ where: { appointmentId: written!.appointment.id } });
    expect(held).toEqual([
      expect.objectContaining({ resourceId: spa.rooms[0]!.id, blockedFrom: booking.blockedFrom, blockedUntil: booking.blockedUntil }),
    ]);
    const change = await db.scheduleChange.findFirstOrThrow({ where: { appointmentId: written!.appointment.id } });
    expect(change).toMatchObject({ kind: "appointment.booked", staffIds: [booking.staffId], dates: [new Date("2030-03-05T00:00:00Z")] });
  });
});
