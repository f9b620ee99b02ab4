import { expect, test } from "@playwright/test";
import { formatInstant, formatSoon } from "@/lib/format/zoned";
import { confirmSignUpFromEmail, forgetSignUpsFromHere } from "./support/accounts";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { CLIENT_PASSWORD, SPA_ZONE, spaDate } from "./support/journeys";
import { signIn } from "./support/sign-in";

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

const SERVICE = "deep-pore-cleansing-facial";

test("a new client on a phone books the first available time and signs up in the flow", async ({ page, request }) => {
  // What the public availability API says is the soonest time with anyone over the next two weeks.
  const availability = await request.get(`/api/v1/availability?service=${SERVICE}&from=${spaDate(0)}&to=${spaDate(13)}`);
  const soonest: string = (await availability.json()).slots[0].start;
  await forgetSignUpsFromHere();

  await page.goto("/");
  await page.getByRole("link", { name: "Book Deep Pore Cleansing Facial" }).click();
  await expect(page.getByText("Step 2 of 4: Esthetician")).toBeVisible();
  // Price and duration are in view from the first choice on, with the shortcut as the call to action.
  const summary = page.getByRole("complementary", { name: "Your booking" });
  await expect(summary).toBeInViewport();
  await expect(summary).toContainText(/\d+ min · \$\d+/);
  await expect(page.getByRole("link", { name: /^Ava Martinez.*Next free: / })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: "Book the first available time" }).click();
  await expect(page.getByText("Step 4 of 4: Review and confirm")).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`time=${encodeURIComponent(soonest)}`));
  await expect(page.getByRole("heading", { name: "Review and confirm" })).toBeInViewport();
  await expect(summary).toContainText(formatSoon(soonest, SPA_ZONE));
  await expectNoSeriousA11yViolations(page);

  // Three fields, on the same screen as the chosen time.
  const signUp = page.getByRole("form", { name: "Create account" });
  const email = `phone-${Date.now()}@example.com`;
  await signUp.getByLabel("Full name").fill("Sam Rivera");
  await signUp.getByLabel("Email").fill(email);
  await signUp.getByLabel("Password", { exact: true }).fill(CLIENT_PASSWORD);
  await signUp.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("brings you straight back to the time you chose")).toBeVisible();
  await confirmSignUpFromEmail(page, email);

  // Back at the same time, signed in: one tap to book.
  const review = page.getByRole("form", { name: "Review and confirm" });
  await expect(review.getByText(formatInstant(soonest, SPA_ZONE))).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await review.getByRole("button", { name: "Confirm booking" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "You're booked" })).toBeVisible();
  await expect(page.getByRole("main").getByText(formatInstant(soonest, SPA_ZONE))).toBeVisible();
});

test("on a phone the days scroll sideways, the times come grouped into view, and the month is one tap away", async ({ page }) => {
  await signIn(page, "client@glowbook.test", "glowbook-client-demo", { callbackUrl: `/book?service=express-facial&staff=any` });
  const strip = page.getByRole("list", { name: /^Days in / });
  await expect(page.getByText(/free times in/)).toBeVisible();
  // The soonest time stays one tap away while choosing.
  const summary = page.getByRole("complementary", { name: "Your booking" });
  await expect(summary.getByRole("link", { name: "First available" })).toHaveAttribute("href", /&time=/);
  // The strip scrolls inside itself; the page does not scroll sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const day = strip.getByRole("button", { disabled: false }).first();
  await expect(day).toHaveAccessibleName(/^\w{3} \d+ \d+ free times?$/);
  await day.focus();
  await page.keyboard.press("ArrowRight");
  const chosen = await page.locator(":focus").getAttribute("data-date");
  expect(chosen).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(chosen! > (await day.getAttribute("data-date"))!).toBe(true);
  await page.keyboard.press("Enter");

  const times = page.getByRole("region", { name: /^Times on / });
  await expect(times).toBeInViewport();
  await expect(times.getByRole("heading", { level: 4 }).first()).toHaveText(/^(Morning|Afternoon|Evening) \(\d+\)$/);
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("button", { name: "Month view" }).click();
  await expect(page.getByRole("table")).toBeVisible();
  await expect(page.getByRole("table").getByRole("button", { pressed: true })).toHaveAttribute("data-date", chosen!);
  await expectNoSeriousA11yViolations(page);
});

test("the homecare plan's 'book your next visit' opens the picker on the recommended window, ringed", async ({ page }) => {
  const from = spaDate(21);
  const until = spaDate(35);
  await signIn(page, "client@glowbook.test", "glowbook-client-demo", {
    callbackUrl: `/book?service=express-facial&staff=any&date=${from}&until=${until}`,
  });
  await expect(page.getByText("Ringed days are in the window your esthetician recommended")).toBeVisible();
  const recommended = page.getByRole("button", { name: /recommended for your next visit$/ });
  await expect(recommended.first()).toBeVisible();
  const dates = await recommended.evaluateAll((buttons) => buttons.map((button) => button.getAttribute("data-date")!));
  expect(dates.every((date) => date >= from && date <= until)).toBe(true);
});
