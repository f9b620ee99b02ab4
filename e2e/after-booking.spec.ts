import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { bookDeepPoreWithAva, signUp } from "./support/journeys";

test.use({ viewport: { width: 390, height: 844 } });

test("after booking: what to do before the visit, Google and Outlook next to the .ics, and 'Book again' once cancelled", async ({
  page,
}) => {
  await signUp(page, { name: "Mira Lindqvist", email: `after-booking-${Date.now()}@example.com` });
  await bookDeepPoreWithAva(page);
  const main = page.getByRole("main");

  // Before the visit: the intake is due (this client has none), and until when changes are free.
  const before = page.getByRole("region", { name: "Before your visit" });
  await expect(before.getByText("Your intake form")).toBeVisible();
  await expect(before.getByText("To do")).toBeVisible();
  await expect(before.getByRole("link", { name: "Fill in the intake form" })).toHaveAttribute("href", "/account/intake");
  await expect(before.getByText(/^Free of charge until .+ \(24 hours before\)/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The calendar links carry the same instant as the .ics file, in UTC.
  const calendar = page.getByRole("group", { name: "Add to your calendar" });
  const downloading = page.waitForEvent("download");
  await calendar.getByRole("link", { name: "Add to calendar (.ics)" }).click();
  const ics = await readFile((await (await downloading).path()) ?? "", "utf8");
  // 20300312T150000Z: the .ics file and Google's `dates` both write UTC instants this way.
  const start = /DTSTART:(\S+)/.exec(ics)?.[1] ?? "";
  const end = /DTEND:(\S+)/.exec(ics)?.[1] ?? "";
  expect(start).toMatch(/^\d{8}T\d{6}Z$/);

  const google = new URL((await calendar.getByRole("link", { name: /^Google Calendar/ }).getAttribute("href")) ?? "");
  expect(google.origin + google.pathname).toBe("https://calendar.google.com/calendar/render");
  expect(google.searchParams.get("dates")).toBe(`${start}/${end}`);
  expect(google.searchParams.get("text")).toBe("Deep Pore Cleansing Facial at Glowbook Demo Spa");
  const outlook = new URL((await calendar.getByRole("link", { name: /^Outlook\.com/ }).getAttribute("href")) ?? "");
  expect(outlook.origin + outlook.pathname).toBe("https://outlook.live.com/calendar/0/deeplink/compose");
  const isoStart = start.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, "$1-$2-$3T$4:$5:$6Z");
  expect(outlook.searchParams.get("startdt")).toBe(isoStart);
  const office = await calendar.getByRole("link", { name: /^Outlook \(work or school\)/ }).getAttribute("href");
  expect(office).toMatch(/^https:\/\/outlook\.office\.com\/calendar\/0\/deeplink\/compose\?/);
  await expect(calendar.getByRole("link", { name: /^Google Calendar/ })).toHaveAttribute("target", "_blank");

  // Cancelled: no calendar links any more, and "Book again" offers the same treatment with Ava.
  await main.getByRole("link", { name: "Cancel appointment" }).click();
  await page.getByRole("form", { name: "Cancel appointment" }).getByRole("button", { name: "Cancel appointment" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your appointment was cancelled." })).toBeVisible();
  await expect(page.getByRole("group", { name: "Add to your calendar" })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Before your visit" })).toHaveCount(0);
  const bookAgain = main.getByRole("link", { name: "Book again" });
  await expect(bookAgain).toHaveAttribute("href", /^\/book\?service=deep-pore-cleansing-facial&staff=[0-9a-f-]{36}$/);
  const bookAgainHref = await bookAgain.getAttribute("href");
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: "All my appointments" }).click();
  const past = page.getByRole("region", { name: "Past and cancelled" });
  const again = past.getByRole("link", { name: "Book again: Deep Pore Cleansing Facial with Ava Martinez" });
  await expect(again).toHaveAttribute("href", bookAgainHref ?? "");
  await again.click();
  await expect(page).toHaveURL(new RegExp(`${(bookAgainHref ?? "").replace(/[?]/g, "\\?")}$`));
});
