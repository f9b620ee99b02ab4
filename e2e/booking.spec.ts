import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { addDays, getLocalDate } from "@/lib/dates/local-date";
import { formatInstant } from "@/lib/format/zoned";
import { confirmSignUpFromEmail, forgetSignUpsFromHere } from "./support/accounts";
import { chooseFirstAvailableDay, SPA_ZONE, spaDate, timeOf } from "./support/journeys";
import { signIn } from "./support/sign-in";

/** DTSTART as the calendar file writes it: UTC, basic format. */
function icsStamp(iso: string): string {
  return new Date(iso)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

test("a new client books a facial, adds it to the calendar, reschedules and cancels", async ({ page }) => {
  await forgetSignUpsFromHere();
  await page.goto("/");
  await page.getByRole("link", { name: "Book Deep Pore Cleansing Facial" }).click();

  await expect(page.getByText("Step 2 of 4: Esthetician")).toBeVisible();
  await page.getByRole("link", { name: /^Any esthetician/ }).click();

  await expect(page.getByText("Step 3 of 4: Date and time")).toBeVisible();
  // The first day that is still outside the 24-hour change window, so the booking can be moved.
  const firstTime = (await chooseFirstAvailableDay(page, spaDate(2))).first();
  const bookedAt = await timeOf(firstTime);
  await firstTime.click();

  // Signed out at the review: sign up right there without losing the chosen time.
  await expect(page.getByText("Step 4 of 4: Review and confirm")).toBeVisible();
  await expect(page.getByRole("main").getByText(formatInstant(bookedAt, SPA_ZONE)).first()).toBeVisible();
  const signUp = page.getByRole("form", { name: "Create account" });
  await signUp.getByLabel("Full name").fill("Casey Morgan");
  const email = `booking-${Date.now()}@example.com`;
  await signUp.getByLabel("Email").fill(email);
  await signUp.getByLabel("Password", { exact: true }).fill("a calm glowing skin day");
  await signUp.getByRole("button", { name: "Create account" }).click();
  await confirmSignUpFromEmail(page, email);

  const review = page.getByRole("form", { name: "Review and confirm" });
  await expect(review.getByText(formatInstant(bookedAt, SPA_ZONE))).toBeVisible();
  await expect(review.getByText("Any esthetician (we assign whoever is free)")).toBeVisible();
  await expect(review.getByText(/^Free changes until 24 hours before/)).toBeVisible();
  await review.getByLabel("Notes for your esthetician (optional)").fill("First visit; my skin is a little sensitive.");
  await review.getByRole("button", { name: "Confirm booking" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "You're booked" })).toBeVisible();
  const main = page.getByRole("main");
  await expect(main.getByText(formatInstant(bookedAt, SPA_ZONE))).toBeVisible();
  await expect(main.getByText("120 Hudson Street, New York, NY 10013")).toBeVisible();
  await expect(main.getByText("First visit; my skin is a little sensitive.")).toBeVisible();

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Add to calendar" }).click();
  const calendarFile = await readFile((await (await downloading).path()) ?? "", "utf8");
  expect(calendarFile).toContain("BEGIN:VCALENDAR");
  expect(calendarFile).toContain(`DTSTART:${icsStamp(bookedAt)}`);

  await page.getByRole("link", { name: "Reschedule" }).click();
  await expect(page.getByRole("heading", { name: "Choose a new day and time" })).toBeVisible();
  // A later day: on the booked day the visit's own time is free to it again, and when it is that
  // day's only free time the picker offers nothing else there (it depends on the demo's bookings).
  const newTime = (await chooseFirstAvailableDay(page, addDays(getLocalDate(new Date(bookedAt), SPA_ZONE), 1))).last();
  const movedTo = await timeOf(newTime);
  expect(movedTo).not.toBe(bookedAt);
  await newTime.click();
  const confirmMove = page.getByRole("form", { name: "Confirm the new time" });
  await expect(confirmMove.getByText(formatInstant(movedTo, SPA_ZONE), { exact: false })).toBeVisible();
  await confirmMove.getByRole("button", { name: "Move my appointment" }).click();

  await expect(page.getByRole("status").filter({ hasText: "Your appointment was moved" })).toBeVisible();
  await expect(main.getByText(formatInstant(movedTo, SPA_ZONE))).toBeVisible();
  await expect(main.getByText(formatInstant(bookedAt, SPA_ZONE))).toHaveCount(0);

  await page.getByRole("link", { name: "Cancel appointment" }).click();
  const cancel = page.getByRole("form", { name: "Cancel appointment" });
  await cancel.getByLabel("Reason (optional)").fill("Plans changed.");
  await cancel.getByRole("button", { name: "Cancel appointment" }).click();

  await expect(page.getByRole("status").filter({ hasText: "Your appointment was cancelled." })).toBeVisible();
  await expect(main.getByText("Cancelled", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Reschedule" })).toHaveCount(0);

  await page.getByRole("link", { name: "All my appointments" }).click();
  const past = page.getByRole("region", { name: "Past and cancelled" });
  await expect(past.getByText("Status: Cancelled")).toBeVisible();
});

test("a time taken meanwhile offers the nearest free times and keeps the notes", async ({ page, context }) => {
  await signIn(page, "client@glowbook.test", "glowbook-client-demo", { callbackUrl: "/book?service=express-facial" });
  await page.getByRole("link", { name: /^Ava Martinez/ }).click();
  const time = (await chooseFirstAvailableDay(page, spaDate(3))).first();
  const wanted = await timeOf(time);
  await time.click();
  const review = page.getByRole("form", { name: "Review and confirm" });
  await review.getByLabel("Notes for your esthetician (optional)").fill("Please use fragrance-free products.");

  // Meanwhile the same time is booked in another tab.
  const other = await context.newPage();
  await other.goto(page.url());
  await other.getByRole("form", { name: "Review and confirm" }).getByRole("button", { name: "Confirm booking" }).click();
  await expect(other.getByRole("heading", { level: 1, name: "You're booked" })).toBeVisible();

  await review.getByRole("button", { name: "Confirm booking" }).click();
  await expect(review.getByRole("alert")).toContainText("That time was just taken");
  const alternative = review.getByRole("button", { name: /^Pick / }).first();
  const alternativeText = ((await alternative.textContent()) ?? "").replace(/^Pick\s*/, "").trim();
  await alternative.click();
  await expect(review.getByText(alternativeText)).toBeVisible();
  await expect(review.getByLabel("Notes for your esthetician (optional)")).toHaveValue("Please use fragrance-free products.");
  await review.getByRole("button", { name: "Confirm booking" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "You're booked" })).toBeVisible();
  const main = page.getByRole("main");
  await expect(main.getByText(alternativeText)).toBeVisible();
  await expect(main.getByText(formatInstant(wanted, SPA_ZONE))).toHaveCount(0);
  await expect(main.getByText("Please use fragrance-free products.")).toBeVisible();
});
