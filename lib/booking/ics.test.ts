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

  test("is a PUBLISH calendar with the spa as organizer, the manage link, and a reminder a day before", () => {
    const ics = unfold(buildAppointmentIcs(appointment));
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2.0\r\n/);
    expect(ics).toContain("METHOD:PUBLISH");
    expect(ics).toMatch(/ORGANIZER;CN="Glowbook Demo Spa":mailto:hello@glowbook.test/i);
    expect(ics).toContain(`URL:${appointment.manageUrl}`);
    expect(ics).toMatch(/BEGIN:VALARM\r\n(?:[^\r]*\r\n)*?TRIGGER:-PT24H\r\n/);
    expect(ics.trimEnd().endsWith("END:VCALENDAR")).toBe(true);
  });

  test("escapes text as RFC 5545 says and folds long lines without splitting a character", () => {
    const ics = buildAppointmentIcs(appointment);
    expect(ics.split("\r\n").some((line) => /^[ \t]/.test(line))).toBe(true);
    const unfolded = unfold(ics);
    expect(unfolded).toContain("LOCATION:Glowbook Demo Spa\\, 120 Hudson Street\\, New York");
    expect(unfolded).toContain(
      `DESCRIPTION:Deep Pore Cleansing Facial with Ava Martinez.\\nManage or cancel: ${appointment.manageUrl}\\nQuestions: +1 212 555 0148 · hello@glowbook.test`,
    );
  });

  test("a cancelled appointment becomes a cancelled event without a reminder", () => {
    const ics = unfold(buildAppointmentIcs({ ...appointment, status: "LATE_CANCELLED" }));
    expect(ics).toContain("STATUS:CANCELLED");
    expect(ics).not.toContain("BEGIN:VALARM");
  });
});
