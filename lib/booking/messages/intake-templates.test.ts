import { describe, expect, test } from "vitest";
import { renderIntakeEmail, type IntakeMailData } from "./intake-templates";

const data: IntakeMailData = {
  appointmentId: "2b7f4c1e-0000-4000-8000-000000000001",
  clientName: "Ana <b>Souza</b>",
  serviceName: "Deep Pore Cleansing Facial",
  staffName: "Mia",
  startsAt: new Date("2026-11-02T15:00:00Z"),
  endsAt: new Date("2026-11-02T16:00:00Z"),
  location: { name: "Glow Spa", address: "1 Main St", phone: "+1 212 555 0100", email: "spa@example.com", timeZone: "America/New_York" },
  manageUrl: "http://localhost:3000/account/appointments/2b7f4c1e-0000-4000-8000-000000000001",
  cancellationWindowHours: 24,
  intakeUrl: "http://localhost:3000/account/intake",
  intake: "missing",
};

describe("renderIntakeEmail", () => {
  test.each([
    ["INTAKE_REQUEST", "Intake form needed for Deep Pore Cleansing Facial on Monday, November 2, 2026 at 10:00 AM EST"],
    ["INTAKE_REMINDER", "Reminder: intake form still needed for Deep Pore Cleansing Facial on Monday, November 2, 2026 at 10:00 AM EST"],
  ] as const)("%s subject, in the spa's zone", (template, subject) => {
    expect(renderIntakeEmail(template, data).subject).toBe(subject);
  });

  test("links to the form and the appointment, in text and HTML", () => {
    const { text, html } = renderIntakeEmail("INTAKE_REQUEST", data);
    expect(text).toContain("Fill in your intake form: http://localhost:3000/account/intake");
    expect(text).toContain(data.manageUrl);
    expect(html).toContain('<a href="http://localhost:3000/account/intake">');
    expect(html).toContain("Ana &lt;b&gt;Souza&lt;/b&gt;");
  });

  test("an expired intake is asked to be renewed, a missing one to be filled in", () => {
    expect(renderIntakeEmail("INTAKE_REMINDER", { ...data, intake: "expired" }).text).toContain("out of date for this visit");
    expect(renderIntakeEmail("INTAKE_REMINDER", data).text).toContain("we need your health and skin questionnaire");
  });
});
