import { randomUUID } from "node:crypto";
import { hash } from "@node-rs/argon2";
import { expect, type Page } from "@playwright/test";
import { withE2eDatabase } from "./database";

export const STAFF_PASSWORD = "quiet lanterns over the harbour";

export type StaffAccount = { userId: string; email: string; name: string; password: string };

/**
 * A fresh staff account of the e2e spa (an esthetician gets a staff profile), so the second-factor
 * journeys never change what the demo accounts other journeys sign in with.
 */
export async function createStaffAccount(role: "ESTHETICIAN" | "ADMIN", name: string): Promise<StaffAccount> {
  const email = `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@example.com`;
  const passwordHash = await hash(STAFF_PASSWORD, { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1, outputLen: 32 });
  return withE2eDatabase(async (client) => {
    const { rows } = await client.query<{ id: string }>(
      "INSERT INTO app_user (email, name, phone, role, password_hash) VALUES ($1, $2, '+1 646 555 0100', $3, $4) RETURNING id",
      [email, name, role, passwordHash],
    );
    const userId = rows[0]!.id;
    if (role === "ESTHETICIAN") {
      await client.query(
        `INSERT INTO staff_profile (user_id, location_id, display_name, start_date)
         SELECT $1, id, $2, (now() AT TIME ZONE time_zone)::date FROM location ORDER BY created_at, id LIMIT 1`,
        [userId, name],
      );
    }
    return { userId, email, name, password: STAFF_PASSWORD };
  });
}

/** The newest message of a template sent to an address, as the outbox recorded it. */
export async function latestEmailText(toAddress: string, template: string): Promise<string> {
  return withE2eDatabase(async (client) => {
    const { rows } = await client.query<{ text: string }>(
      "SELECT text FROM email_message WHERE to_address = $1 AND template = $2 ORDER BY created_at DESC LIMIT 1",
      [toAddress.toLowerCase(), template],
    );
    if (!rows[0]) throw new Error(`No ${template} email to ${toAddress}`);
    return rows[0].text;
  });
}

/** After the sign-up form: the person opens the link in their email and confirms. */
export async function confirmSignUpFromEmail(page: Page, email: string): Promise<void> {
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  const link = /https?:\/\/\S+\/signup\/confirm\?\S+/.exec(await latestEmailText(email, "SIGN_UP_CONFIRMATION"))?.[0];
  if (!link) throw new Error(`No confirmation link in the email to ${email}`);
  await page.goto(link);
  await page.getByRole("button", { name: "Confirm and sign in" }).click();
}

/**
 * Every journey's new client signs up from this one machine (127.0.0.1), where the spa's limit of
 * 10 sign-ups an hour per client address soon answers "too many"; each journey stands for another
 * person on their own phone, so the count for this address is cleared before each sign-up.
 */
export async function forgetSignUpsFromHere(): Promise<void> {
  await withE2eDatabase((client) => client.query("DELETE FROM rate_limit_counter WHERE key LIKE 'sign-up:ip:%'"));
}
