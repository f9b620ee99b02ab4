import { describe, expect, test } from "vitest";
import { renderWaitlistEmail, type WaitlistMailData, type WaitlistTemplate } from "./templates";

const data: WaitlistMailData = {
  clientName: "Mia <Chen>",
  serviceName: "Deep Pore Cleansing Facial",
  staffName: "Ava Brooks",
  startsAt: new Date("2026-12-08T15:00:00Z"),
  holdExpiresAt: new Date("2026-12-07T14:30:00Z"),
  location: { name: "Glow Spa", phone: "+1 555 0100", email: "hello@glow.test", timeZone: "America/New_York" },
  claimUrl: "https://spa.test/waitlist/claim/abc",
  waitlistUrl: "https://spa.test/account/waitlist",
  preferencesUrl: "https://spa.test/account/notifications",
};

describe("waitlist messages", () => {
  test("the offer names the time in the spa's zone, the hold's end and the claim link", () => {
    const email = renderWaitlistEmail("WAITLIST_OFFER", data);
    expect(email.subject).toBe("A time for your Deep Pore Cleansing Facial has opened up");
    expect(email.text).toContain("Tuesday, December 8, 2026 at 10:00 AM EST");
    expect(email.text).toContain("until 9:30 AM EST");
    expect(email.text).toContain("https://spa.test/waitlist/claim/abc");
    expect(email.html).toContain("Mia &lt;Chen&gt;");
  });

  test.each<[WaitlistTemplate, string]>([
    ["WAITLIST_TAKEN", "has been taken by another client"],
    ["WAITLIST_HOLD_EXPIRED", "The hold has expired"],
  ])("%s says what happened, keeps the client on the list and carries no claim link", (template, phrase) => {
    const email = renderWaitlistEmail(template, data);
    expect(email.text).toContain(phrase);
    expect(email.text).toContain("still on the waitlist");
    expect(email.text).not.toContain("/waitlist/claim/");
  });

  test.each<WaitlistTemplate>(["WAITLIST_OFFER", "WAITLIST_TAKEN", "WAITLIST_HOLD_EXPIRED"])("%s links to the preferences", (template) => {
    expect(renderWaitlistEmail(template, data).text).toContain("https://spa.test/account/notifications");
  });
});
