import { describe, expect, test } from "vitest";
import { findAvailability } from "@/lib/booking/availability";
import { bookAppointment } from "@/lib/booking/book-command";
import { findRescheduleAvailability } from "@/lib/booking/reschedule-availability";
import { asActor, createBookableSpa } from "../factories/booking-spa";
import { createUser } from "../factories/users";

const now = new Date("2030-03-04T12:00:00Z"); // Monday 07:00 New York
const tuesdayTen = "2030-03-05T15:00:00.000Z";
const tuesdayTenFifteen = "2030-03-05T15:15:00.000Z";
const tuesday = { from: "2030-03-05", to: "2030-03-05" };

async function bookedSpa() {
  const spa = await createBookableSpa();
  const staffId = spa.staff[0]!.profile.id;
  const appointment = await bookAppointment(
    spa.clientActor,
    { serviceId: spa.service.id, staffId, startsAt: tuesdayTen, clientNotes: "" },
    now,
  );
  return { ...spa, staffId, appointment };
}

const starts = (slots: { start: string }[]) => slots.map((slot) => slot.start);

describe("findRescheduleAvailability", () => {
  test("offers the times the appointment itself blocks, which the public view does not", async () => {
    const spa = await bookedSpa();
    const publicView = await findAvailability({ service: spa.service.id, ...tuesday, staff: spa.staffId }, now);
    expect(starts(publicView.slots)).not.toContain(tuesdayTenFifteen);

    const forMove = await findRescheduleAvailability(
      spa.clientActor,
      { appointmentId: spa.appointment.id, ...tuesday, staffId: spa.staffId },
      now,
    );
    expect(forMove.timeZone).toBe("America/New_York");
    expect(starts(forMove.slots)).toContain(tuesdayTen);
    expect(starts(forMove.slots)).toContain(tuesdayTenFifteen);
  });

  test("another client's appointment is not found, and reveals nothing", async () => {
    const spa = await bookedSpa();
    const { user: other } = await createUser({ role: "CLIENT" });
    await expect(findRescheduleAvailability(asActor(other), { appointmentId: spa.appointment.id, ...tuesday }, now)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
