import { describe, expect, test } from "vitest";
import { buildAppointmentMailData } from "@/tests/support/appointment-mail-data";
import { renderAppointmentEmail, type AppointmentTemplate } from "./appointment-templates";

const data = buildAppointmentMailData({ clientName: "Ana <script>alert(1)</script>", staffName: "Mia & Co" });

describe("renderAppointmentEmail", () => {
  test.each<[AppointmentTemplate, string]>([
    ["BOOKING_CONFIRMATION", "Booked: Deep Pore Cleansing Facial on Monday, November 2, 2026 at 10:00 AM EST"],
    ["APPOINTMENT_RESCHEDULED", "Moved: Deep Pore Cleansing Facial is now on Monday, November 2, 2026 at 10:00 AM EST"],
    ["APPOINTMENT_CANCELLED", "Cancelled: Deep Pore Cleansing Facial on Monday, November 2, 2026 at 10:00 AM EST"],
    ["APPOINTMENT_REMINDER", "Reminder: Deep Pore Cleansing Facial tomorrow, Monday, November 2, 2026 at 10:00 AM EST"],
  ])("%s subject", (template, subject) => {
    expect(renderAppointmentEmail(template, data).subject).toBe(subject);
  });

  test("the text carries the visit in the spa's zone and the manage link", () => {
    const { text } = renderAppointmentEmail("BOOKING_CONFIRMATION", data);
    expect(text).toContain("Time: 10:00 AM – 11:00 AM EST");
    expect(text).toContain("Where: Glow Spa, 1 Main St");
    expect(text).toContain(data.manageUrl);
    expect(text).toContain("until 24 hours before");
  });

  test("the HTML escapes everything that came from people", () => {
    const { html } = renderAppointmentEmail("BOOKING_CONFIRMATION", data);
    expect(html).not.toContain("<script>");
    expect(html).toContain("Ana &lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("Mia &amp; Co");
  });

  test("a cancellation does not list the visit as if it still stood", () => {
    const { text } = renderAppointmentEmail("APPOINTMENT_CANCELLED", data);
    expect(text).not.toContain("Treatment:");
    expect(text).toContain("has been cancelled");
  });
});
