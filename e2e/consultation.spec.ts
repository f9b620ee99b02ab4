import { expect, test, type Page } from "@playwright/test";
import { withE2eDatabase } from "./support/database";
import { arrangeStartedVisit, intakeStepHeading, nextIntakeStep, signUp } from "./support/journeys";
import { signIn } from "./support/sign-in";

const CLIENT_NAME = "Dana Whitfield";

async function fillIntake(page: Page) {
  await page.goto("/account/intake");
  const form = page.getByRole("form", { name: "Intake form" });
  const heading = intakeStepHeading(page);
  await expect(heading).toHaveText(/^Step 1 of 15:?\s*Your contact details$/);
  // Sign-up asked only name, email and password: her phone is asked here.
  await form.getByLabel("Phone", { exact: true }).fill("+1 646 555 0142");
  await nextIntakeStep(page);
  await form.getByLabel("Emergency contact — name").fill("Sam Whitfield");
  await form.getByLabel("Emergency contact — phone").fill("+1 646 555 0143");
  await expect(form.getByRole("status")).toHaveText("Saved", { timeout: 15_000 });
  // Every step until lifestyle: her answers where they are asked, "none" in the other sections of boxes.
  for (;;) {
    await nextIntakeStep(page);
    const title = (await heading.textContent()) ?? "";
    if (/Lifestyle and sun$/.test(title)) break;
    if (/Pregnancy and hormones$/.test(title)) await form.getByLabel("Pregnant", { exact: true }).check();
    else if (/Skin history$/.test(title)) await form.getByLabel("Rosacea", { exact: true }).check();
    else if (await form.getByRole("checkbox", { name: "None of these apply" }).count())
      await form.getByRole("checkbox", { name: "None of these apply" }).check();
  }
  // Next checks the step with the shared schema: focus goes to the first unanswered question.
  await form.getByRole("button", { name: "Next" }).click();
  const sun = form.getByRole("group", { name: "Sun exposure" });
  await expect(sun.getByRole("radio").first()).toBeFocused();
  await expect(sun).toHaveAccessibleDescription("Choose how much sun you get");
  await form.getByRole("radio", { name: "Moderate — some time outdoors most days" }).check();
  await form.getByRole("checkbox", { name: "None of these apply" }).check();
  await nextIntakeStep(page);
  await form.getByRole("radio", { name: "Combination", exact: true }).check();
  await form.getByRole("radio", { name: "II — usually burns, tans a little" }).check();
  await nextIntakeStep(page);
  await form.getByRole("checkbox", { name: "None of these apply" }).check();
  await nextIntakeStep(page);
  await expect(heading).toHaveText(/Review and sign$/);
  await form.getByRole("checkbox", { name: /I confirm that my answers are true/ }).check();
  await form.getByLabel("Signature — type your full name").fill(CLIENT_NAME);
  await form.getByRole("button", { name: "Sign and submit" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Thank you — your intake was submitted." })).toBeVisible();
}

test("a pregnant client with rosacea fills the intake; at her visit the esthetician sees the flags and signs the note", async ({
  page,
  context,
}) => {
  const email = `consult-${Date.now()}@example.com`;
  await signUp(page, { name: CLIENT_NAME, email });
  await fillIntake(page);
  // Straight after signing there is nothing to confirm: the intake is simply on file.
  await expect(page.getByRole("heading", { name: /Your intake from .* is on file/ })).toBeVisible();
  await expect(page.getByRole("form", { name: "Confirm your intake" })).toHaveCount(0);
  // On a later day inside the validity period the client only confirms that nothing changed (a new version).
  // (Signed submissions are immutable, so the test moves hers a day back with the guard trigger set aside.)
  await withE2eDatabase(async (db) => {
    await db.query("BEGIN");
    await db.query("SET LOCAL session_replication_role = replica");
    await db.query(
      `UPDATE intake_submission SET submitted_on = submitted_on - 1, submitted_at = submitted_at - interval '1 day'
       WHERE client_id = (SELECT id FROM app_user WHERE email = $1)`,
      [email],
    );
    await db.query("COMMIT");
  });
  await page.goto("/account/intake");
  await expect(page.getByRole("heading", { name: /Your intake from .* is on file/ })).toBeVisible();
  const confirm = page.getByRole("form", { name: "Confirm your intake" });
  await confirm.getByRole("checkbox", { name: /Nothing has changed since my last intake/ }).check();
  await confirm.getByLabel("Signature — type your full name").fill(CLIENT_NAME.toLowerCase());
  await confirm.getByRole("button", { name: "Nothing has changed — confirm" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Thank you — your intake was confirmed." })).toBeVisible();

  // Her visit has begun (a note is signed once the visit has started, never ahead of it).
  const appointmentId = await arrangeStartedVisit({
    clientEmail: email,
    staffEmail: "ava@glowbook.test",
    service: "deep-pore-cleansing-facial",
  });
  await context.clearCookies();
  await signIn(page, "ava@glowbook.test", "glowbook-staff-demo", { callbackUrl: `/staff/appointments/${appointmentId}` });
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(CLIENT_NAME) })).toBeVisible();
  const block = page.getByRole("region", { name: /Do not perform/ });
  await expect(block).toContainText("Steam");
  await expect(block).toContainText(/rosacea/i);
  await expect(page.getByRole("region", { name: "Intake" })).toContainText("Pregnant");

  // A second tab still showing the draft, to try an edit after signing.
  const stale = await context.newPage();
  await stale.goto(`/staff/appointments/${appointmentId}`);

  const note = page.getByRole("form", { name: "Treatment note" });
  await expect(note.getByRole("checkbox", { name: /^Steam/ })).not.toBeChecked();
  await note.getByLabel(/^S — Subjective/).fill("Wants clearer pores; 20 weeks pregnant.");
  // The face map: choose the zone (on the drawing, or here in its list equivalent), tick the finding.
  await note.getByRole("radio", { name: "Nose" }).check();
  await note.getByRole("group", { name: "Nose" }).getByRole("checkbox", { name: "Comedones" }).check();
  await note.getByLabel(/^A — Assessment/).fill("Cleanse, gentle extraction on nose, calming mask. Steam skipped (rosacea).");
  await note.getByRole("button", { name: "Sign and lock the note" }).click();
  const signed = page.getByRole("article", { name: "Signed treatment note" });
  await expect(signed).toContainText("Steam: skipped");
  await expect(signed).toContainText("Nose: Comedones");
  await expect(page.getByRole("form", { name: "Treatment note" })).toHaveCount(0);

  const staleNote = stale.getByRole("form", { name: "Treatment note" });
  await staleNote.getByLabel("Notes for next time").fill("Edited after signing");
  await staleNote.getByRole("button", { name: "Sign and lock the note" }).click();
  await expect(staleNote.getByRole("alert")).toContainText("signed and locked");

  await page.getByLabel("Correction or addition").fill("Also light extraction on chin.");
  await page.getByRole("button", { name: "Add amendment" }).click();
  await expect(page.getByRole("region", { name: "Amendments" })).toContainText("Also light extraction on chin.");
});
