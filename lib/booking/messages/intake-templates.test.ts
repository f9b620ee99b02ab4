import { describe, expect, test } from "vitest";
import { buildAppointmentMailData } from "@/tests/support/appointment-mail-data";
import { renderIntakeEmail, type IntakeMailData } from "./intake-templates";

const data: IntakeMailData = {
  ...buildAppointmentMailData({ clientName: "Ana <b>Souza</b>" }),
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
