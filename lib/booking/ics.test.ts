import { describe, expect, test } from "vitest";
import { buildAppointmentIcs, type IcsAppointment } from "./ics";

const appointment: IcsAppointment = {
  id: "2b7f4c1e-0000-4000-8000-000000000001",
  startsAt: new Date("2026-03-08T14:30:00Z"),
  endsAt: new Date("2026-03-08T15:45:00Z"),
  status: "BOOKED",
  serviceName: "Deep Pore Cleansing Facial",
  staffName: "Ava Martinez",
  location: { name: "Glowbook Demo Spa", address: "120 Hudson Street, New York", phone: "+1 212 555 0148", email: "hello@glowbook.test" },
  manageUrl: "http://localhost:3000/account/appointments/2b7f4c1e-0000-4000-8000-000000000001",
};

const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, "");

describe("buildAppointmentIcs", () => {
  test("writes the exact instants in UTC with a stable UID", () => {
    const ics = unfold(buildAppointmentIcs(appointment));
    expect(ics).toContain("DTSTART:20260308T143000Z");
    expect(ics).toContain("DTEND:20260308T154500Z");
    expect(ics).toContain(`UID:appointment-${appointment.id}@glowbook`);
    expect(ics).toContain("SUMMARY:Deep Pore Cleansing Facial at Glowbook Demo Spa");
    expect(ics).toContain("STATUS:CONFIRMED");
    expect(ics).toContain("BEGIN:VALARM");
  });

  test("a cancelled appointment becomes a cancelled event without a reminder", () => {
    const ics = unfold(buildAppointmentIcs({ ...appointment, status: "LATE_CANCELLED" }));
    expect(ics).toContain("STATUS:CANCELLED");
    expect(ics).not.toContain("BEGIN:VALARM");
  });
});
