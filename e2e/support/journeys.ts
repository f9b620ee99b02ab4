import { expect, type Page } from "@playwright/test";
import { withE2eDatabase } from "./database";

export const SPA_ZONE = "America/New_York";
export const CLIENT_PASSWORD = "a calm glowing skin day";

/** The spa's local date `days` from now, as YYYY-MM-DD. */
export function spaDate(days: number): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: SPA_ZONE }).format(new Date(Date.now() + days * 86_400_000));
}

/** Creates a client account through the sign-up form and lands on /account. */
export async function signUp(page: Page, client: { name: string; email: string; phone: string }) {
  await page.goto("/signup");
  const form = page.getByRole("form", { name: "Create account" });
  await form.getByLabel("Full name").fill(client.name);
  await form.getByLabel("Email").fill(client.email);
  await form.getByLabel("Phone").fill(client.phone);
  await form.getByLabel("Password", { exact: true }).fill(CLIENT_PASSWORD);
  await form.getByLabel("Confirm password").fill(CLIENT_PASSWORD);
  await form.getByRole("button", { name: "Create account" }).click();
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

/**
 * A visit that has already begun, for a client with the esthetician: no one can book the past
 * through the UI, and a note may only be signed once the visit has started, so journeys that sign
 * arrange their visit here (a real start `startedMinutesAgo` in the past, still going on) instead of
 * signing one booked for tomorrow. Returns the appointment id.
 */
export async function arrangeVisitInProgress(options: {
  clientEmail: string;
  staffEmail: string;
  service: string;
  startedMinutesAgo?: number;
}): Promise<string> {
  const startsAt = new Date(Date.now() - (options.startedMinutesAgo ?? 15) * 60_000);
  return withE2eDatabase(async (db) => {
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO appointment (location_id, client_id, staff_id, service_id, starts_at, ends_at, blocked_from, blocked_until, price_cents, currency)
       SELECT v.location_id, u.id, s.id, v.id, $4::timestamptz,
              $4::timestamptz + v.duration_minutes * interval '1 minute',
              $4::timestamptz - v.buffer_before_minutes * interval '1 minute',
              $4::timestamptz + (v.duration_minutes + v.buffer_after_minutes) * interval '1 minute',
              v.price_cents, v.currency
       FROM app_user u, staff_profile s JOIN app_user su ON su.id = s.user_id, service v
       WHERE u.email = $1 AND su.email = $2 AND v.slug = $3
       RETURNING id`,
      [options.clientEmail.toLowerCase(), options.staffEmail, options.service, startsAt.toISOString()],
    );
    if (!rows[0]) throw new Error(`Could not arrange a visit for ${options.clientEmail} with ${options.staffEmail}`);
    return rows[0].id;
  });
}

/**
 * Fills in and signs the intake form as a client would: the required answers, the conditions
 * ticked by their labels (e.g. "Rosacea"), and the client's own skin type.
 */
export async function submitIntakeForm(
  page: Page,
  answers: { name: string; emergencyContact: string; emergencyPhone: string; skinType: string; tick?: string[] },
) {
  await page.goto("/account/intake");
  const form = page.getByRole("form", { name: "Intake form" });
  await form.getByLabel("Emergency contact — name").fill(answers.emergencyContact);
  await form.getByLabel("Emergency contact — phone").fill(answers.emergencyPhone);
  for (const label of answers.tick ?? []) await form.getByLabel(label, { exact: true }).check();
  await form.getByRole("radio", { name: "Moderate — some time outdoors most days" }).check();
  await form.getByRole("radio", { name: answers.skinType }).check();
  await form.getByRole("radio", { name: "II — usually burns, tans a little" }).check();
  await form.getByRole("checkbox", { name: /I confirm that my answers are true/ }).check();
  await form.getByLabel("Signature — type your full name").fill(answers.name);
  await form.getByRole("button", { name: "Sign and submit" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Thank you — your intake was submitted." })).toBeVisible();
}
