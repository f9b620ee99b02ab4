import { expect, type Page } from "@playwright/test";
import { confirmSignUpFromEmail, forgetSignUpsFromHere } from "./accounts";
import { withE2eDatabase } from "./database";

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
  const days = page.getByRole("list", { name: /^Days in / }).getByRole("button", { disabled: false });
  for (let month = 0; month < 3; month++) {
    await expect(page.getByText(/free times in/)).toBeVisible();
    for (const day of await days.all()) {
      if (((await day.getAttribute("data-date")) ?? "") < earliest) continue;
      await expect(day).toHaveAccessibleName(/\d+ free times?$/);
      await day.click();
      const times = page.getByRole("region", { name: /^Times on / }).getByRole("link");
      await expect(times.first()).toBeVisible();
      return times;
    }
    await page.getByRole("button", { name: "Next month" }).click();
  }
  throw new Error(`No free day from ${earliest} on`);
}
/** Creates a client account through the sign-up form and the emailed link, and lands on /account. */
export async function signUp(page: Page, client: { name: string; email: string }) {
  await forgetSignUpsFromHere();
  await page.goto("/signup");
  const form = page.getByRole("form", { name: "Create account" });
  await form.getByLabel("Full name").fill(client.name);
  await form.getByLabel("Email").fill(client.email);
  await form.getByLabel("Password", { exact: true }).fill(CLIENT_PASSWORD);
  await form.getByRole("button", { name: "Create account" }).click();
  await confirmSignUpFromEmail(page, client.email);
  await expect(page).toHaveURL(/\/account$/);
}

/**
 * Books the deep pore facial with Ava on the first free day from the day after tomorrow (so the
 * 24-hour change window is still open whatever the hour the suite runs); returns the appointment id.
 */
export async function bookDeepPoreWithAva(page: Page): Promise<string> {
  await page.goto("/book?service=deep-pore-cleansing-facial");
  await page.getByRole("link", { name: /^Ava Martinez/ }).click();
  const days = page.getByRole("list", { name: /^Days in / }).getByRole("button", { disabled: false });
  await expect(page.getByText(/free times in/)).toBeVisible();
  for (let month = 0; month < 3; month++) {
    for (const day of await days.all()) {
      if (((await day.getAttribute("data-date")) ?? "") < spaDate(2)) continue;
      await day.click();
      await page
        .getByRole("region", { name: /^Times on / })
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
 * arrange their visit here. It starts at the latest quarter hour by `startedBy` (default: 15
 * minutes ago, so usually still going on) at which the esthetician is free, since the lived-in
 * demo already fills their days. Returns the appointment id.
 */
export async function arrangeStartedVisit(options: {
  clientEmail: string;
  staffEmail: string;
  service: string;
  startedBy?: Date;
}): Promise<string> {
  const startedBy = options.startedBy ?? new Date(Date.now() - 15 * 60_000);
  return withE2eDatabase(async (db) => {
    const { rows } = await db.query<{ id: string }>(
      `WITH v AS (SELECT * FROM service WHERE slug = $3),
            s AS (SELECT sp.id FROM staff_profile sp JOIN app_user su ON su.id = sp.user_id WHERE su.email = $2),
            candidate AS (
              SELECT date_trunc('hour', $4::timestamptz) + floor(date_part('minute', $4::timestamptz) / 15) * interval '15 minutes'
                     - n * interval '15 minutes' AS start
              FROM generate_series(0, 4 * 24 * 60) AS n),
            free AS (
              SELECT c.start FROM candidate c, v, s
              WHERE NOT EXISTS (
                SELECT 1 FROM appointment a
                WHERE a.staff_id = s.id AND a.status NOT IN ('CANCELLED', 'LATE_CANCELLED')
                  AND tstzrange(a.blocked_from, a.blocked_until, '[)') && tstzrange(
                    c.start - v.buffer_before_minutes * interval '1 minute',
                    c.start + (v.duration_minutes + v.buffer_after_minutes) * interval '1 minute', '[)'))
              -- Nor the client's own: one client cannot hold two overlapping visits.
              AND NOT EXISTS (
                SELECT 1 FROM appointment a JOIN app_user u ON u.id = a.client_id
                WHERE u.email = $1 AND a.status NOT IN ('CANCELLED', 'LATE_CANCELLED')
                  AND tstzrange(a.starts_at, a.ends_at, '[)') && tstzrange(c.start, c.start + v.duration_minutes * interval '1 minute', '[)'))
              ORDER BY c.start DESC LIMIT 1)
       INSERT INTO appointment (location_id, client_id, staff_id, service_id, starts_at, ends_at, blocked_from, blocked_until, price_cents, currency)
       SELECT v.location_id, u.id, s.id, v.id, free.start,
              free.start + v.duration_minutes * interval '1 minute',
              free.start - v.buffer_before_minutes * interval '1 minute',
              free.start + (v.duration_minutes + v.buffer_after_minutes) * interval '1 minute',
              v.price_cents, v.currency
       FROM app_user u, s, v, free
       WHERE u.email = $1
       RETURNING id`,
      [options.clientEmail.toLowerCase(), options.staffEmail, options.service, startedBy.toISOString()],
    );
    if (!rows[0]) throw new Error(`Could not arrange a visit for ${options.clientEmail} with ${options.staffEmail}`);
    // The esthetician may be busy just before now (the seeded day has visits in progress), so the
    // visit can end before the intake the journey just signed, which then counts for a later visit
    // (the intake on file is the one signed by the visit's end). A client fills it in before
    // coming: such a submission is moved to an hour before the visit (signed submissions are
    // immutable, so the guard trigger is set aside for this one update).
    await db.query("BEGIN");
    await db.query("SET LOCAL session_replication_role = replica");
    await db.query(
      `UPDATE intake_submission s
          SET submitted_at = a.starts_at - interval '1 hour',
              submitted_on = ((a.starts_at - interval '1 hour') AT TIME ZONE l.time_zone)::date
         FROM appointment a JOIN location l ON l.id = a.location_id
        WHERE a.id = $1 AND s.client_id = a.client_id AND s.submitted_at > a.ends_at`,
      [rows[0].id],
    );
    await db.query("COMMIT");
    return rows[0].id;
  });
}

/** The intake stepper's step heading ("Step 3 of 15: Your doctor"). */
export function intakeStepHeading(page: Page) {
  return page.getByRole("form", { name: "Intake form" }).getByRole("heading", { level: 2, name: /^Step \d+ of \d+/ });
}

/** Goes on from the current intake step and waits until the next one has taken focus. */
export async function nextIntakeStep(page: Page) {
  const heading = intakeStepHeading(page);
  const before = await heading.textContent();
  await page
    .getByRole("form", { name: "Intake form" })
    .getByRole("button", { name: /^(Next|Review my answers|Back to review)$/ })
    .click();
  await expect(heading).not.toHaveText(before ?? "");
  await expect(heading).toBeFocused();
}

/**
 * Fills in and signs the intake form as a client would, step by step: the required answers, the
 * conditions ticked by their labels (e.g. "Rosacea") in whichever step asks them, "None of these
 * apply" in every other section of boxes, the client's own skin type, and optionally consent to
 * clinical photos.
 */
export async function submitIntakeForm(
  page: Page,
  answers: {
    name: string;
    /** The client's own phone, asked in the first step when the account has none (sign-up does not ask it). */
    phone?: string;
    emergencyContact: string;
    emergencyPhone: string;
    skinType: string;
    tick?: string[];
    clinicalPhotos?: boolean;
  },
) {
  await page.goto("/account/intake");
  const form = page.getByRole("form", { name: "Intake form" });
  const heading = intakeStepHeading(page);
  for (;;) {
    await expect(heading).toBeVisible();
    if (/Review and sign$/.test((await heading.textContent()) ?? "")) break;
    const phone = form.getByLabel("Phone", { exact: true });
    if ((await phone.count()) && !(await phone.inputValue())) await phone.fill(answers.phone ?? "+1 646 555 0100");
    const emergencyName = form.getByLabel("Emergency contact — name");
    if (await emergencyName.count()) {
      await emergencyName.fill(answers.emergencyContact);
      await form.getByLabel("Emergency contact — phone").fill(answers.emergencyPhone);
    }
    let ticked = false;
    for (const label of answers.tick ?? []) {
      const box = form.getByLabel(label, { exact: true });
      if (await box.count()) {
        await box.check();
        ticked = true;
      }
    }
    const none = form.getByRole("checkbox", { name: "None of these apply" });
    if (!ticked && (await none.count())) await none.check();
    const sun = form.getByRole("radio", { name: "Moderate — some time outdoors most days" });
    if (await sun.count()) await sun.check();
    const skinType = form.getByRole("radio", { name: answers.skinType, exact: true });
    if (await skinType.count()) {
      await skinType.check();
      await form.getByRole("radio", { name: "II — usually burns, tans a little" }).check();
    }
    await nextIntakeStep(page);
  }
  await form.getByRole("checkbox", { name: /I confirm that my answers are true/ }).check();
  if (answers.clinicalPhotos) await form.getByRole("checkbox", { name: /^Clinical photos:/ }).check();
  await form.getByLabel("Signature — type your full name").fill(answers.name);
  await form.getByRole("button", { name: "Sign and submit" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Thank you — your intake was submitted." })).toBeVisible();
}
