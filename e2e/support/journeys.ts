import { expect, type Page } from "@playwright/test";
import { confirmSignUpFromEmail } from "./accounts";

export const SPA_ZONE = "America/New_York";
export const CLIENT_PASSWORD = "a calm glowing skin day";

/** The spa's local date `days` from now, as YYYY-MM-DD. */
export function spaDate(days: number): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: SPA_ZONE }).format(new Date(Date.now() + days * 86_400_000));
}

/** The instant a time link leads to (its `time` parameter). */
export async function timeOf(link: ReturnType<Page["getByRole"]>): Promise<string> {
  const href = await link.getAttribute("href");
  const time = new URL(href ?? "", "http://localhost").searchParams.get("time");
  if (!time) throw new Error(`A time link without a time: ${href}`);
  return time;
}

/**
 * Chooses the first day with free times from `earliest` on (moving to the next month when needed)
 * and returns that day's time links.
 */
export async function chooseFirstAvailableDay(page: Page, earliest: string) {
  const days = page.getByRole("table").getByRole("button", { disabled: false });
  for (let month = 0; month < 3; month++) {
    await expect(page.getByText(/free times in/)).toBeVisible();
    for (const day of await days.all()) {
      if (((await day.getAttribute("data-date")) ?? "") < earliest) continue;
      await expect(day).toHaveAccessibleName(/: \d+ times? available$/);
      await day.click();
      const times = page.getByRole("list", { name: /^Times on / }).getByRole("link");
      await expect(times.first()).toBeVisible();
      return times;
    }
    await page.getByRole("button", { name: "Next month" }).click();
  }
  throw new Error(`No free day from ${earliest} on`);
}
/** Creates a client account through the sign-up form and the emailed link, and lands on /account. */
export async function signUp(page: Page, client: { name: string; email: string; phone: string }) {
  await page.goto("/signup");
  const form = page.getByRole("form", { name: "Create account" });
  await form.getByLabel("Full name").fill(client.name);
  await form.getByLabel("Email").fill(client.email);
  await form.getByLabel("Phone").fill(client.phone);
  await form.getByLabel("Password", { exact: true }).fill(CLIENT_PASSWORD);
  await form.getByLabel("Confirm password").fill(CLIENT_PASSWORD);
  await form.getByRole("button", { name: "Create account" }).click();
  await confirmSignUpFromEmail(page, client.email);
  await expect(page).toHaveURL(/\/account$/);
}

/** Books the deep pore facial with Ava on the first free day from tomorrow; returns the appointment id. */
export async function bookDeepPoreWithAva(page: Page): Promise<string> {
  await page.goto("/book?service=deep-pore-cleansing-facial");
  await page.getByRole("link", { name: /^Ava Martinez/ }).click();
  const days = page.getByRole("table").getByRole("button", { disabled: false });
  await expect(page.getByText(/free times in/)).toBeVisible();
  for (let month = 0; month < 3; month++) {
    for (const day of await days.all()) {
      if (((await day.getAttribute("data-date")) ?? "") < spaDate(1)) continue;
      await day.click();
      await page
        .getByRole("list", { name: /^Times on / })
        .getByRole("link")
        .first()
        .click();
      await page.getByRole("form", { name: "Review and confirm" }).getByRole("button", { name: "Confirm booking" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "You're booked" })).toBeVisible();
      return new URL(page.url()).pathname.split("/").pop()!;
    }
    await page.getByRole("button", { name: "Next month" }).click();
    await expect(page.getByText(/free times in/)).toBeVisible();
  }
  throw new Error("No free day for Ava");
}

/** Fills and submits the whole intake as a client with nothing to declare; optionally consents to clinical photos. */
export async function fillIntake(
  page: Page,
  client: { name: string; emergencyName: string; emergencyPhone: string; skinType: string; clinicalPhotos?: boolean },
) {
  await page.goto("/account/intake");
  const form = page.getByRole("form", { name: "Intake form" });
  await form.getByLabel("Emergency contact — name").fill(client.emergencyName);
  await form.getByLabel("Emergency contact — phone").fill(client.emergencyPhone);
  await form.getByRole("radio", { name: "Moderate — some time outdoors most days" }).check();
  await form.getByRole("radio", { name: client.skinType }).check();
  await form.getByRole("radio", { name: "II — usually burns, tans a little" }).check();
  await form.getByRole("checkbox", { name: /I confirm that my answers are true/ }).check();
  if (client.clinicalPhotos) await form.getByRole("checkbox", { name: /^Clinical photos:/ }).check();
  await form.getByLabel("Signature — type your full name").fill(client.name);
  await form.getByRole("button", { name: "Sign and submit" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Thank you — your intake was submitted." })).toBeVisible();
}
