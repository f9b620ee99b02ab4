import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { intakeStepHeading, nextIntakeStep, signUp } from "./support/journeys";

test.use({ viewport: { width: 390, height: 844 } });

const NAME = "Ines Varga";

test("a client completes the intake stepper with 'none apply' shortcuts", async ({ page }) => {
  await signUp(page, { name: NAME, email: `stepper-${Date.now()}@example.com` });
  await page.goto("/account/intake");
  const form = page.getByRole("form", { name: "Intake form" });
  const heading = intakeStepHeading(page);
  const progress = form.getByRole("progressbar", { name: "Intake progress" });
  const none = form.getByRole("checkbox", { name: "None of these apply" });

  await expect(heading).toHaveText(/^Step 1 of 15:?\s*Your contact details$/);
  await expect(progress).toHaveAttribute("aria-valuenow", "1");
  await expect(progress).toHaveAttribute("aria-valuemax", "15");
  await expect(progress).toHaveAttribute("aria-valuetext", "Step 1 of 15: Your contact details");
  await expectNoSeriousA11yViolations(page);
  // Sign-up asked only name, email and password: the phone is asked here.
  await form.getByLabel("Phone", { exact: true }).fill("+1 646 555 0160");
  await nextIntakeStep(page);

  // Next checks the step: the error shows on the first problem, which takes focus; it clears once fixed.
  await expect(heading).toHaveText(/Step 2 of 15:?\s*Emergency contact$/);
  await form.getByRole("button", { name: "Next" }).click();
  const emergencyName = form.getByLabel("Emergency contact — name");
  await expect(emergencyName).toBeFocused();
  await expect(emergencyName).toHaveAccessibleDescription("Enter the name of someone we can call in an emergency");
  await expect(heading).toHaveText(/Step 2 of 15/);
  await expectNoSeriousA11yViolations(page);
  await emergencyName.fill("Bela Varga");
  await expect(emergencyName).not.toHaveAttribute("aria-invalid", "true");
  await form.getByLabel("Emergency contact — phone").fill("+1 646 555 0161");
  await expect(form.getByRole("status")).toHaveText("Saved", { timeout: 15_000 });
  await nextIntakeStep(page);
  await expectNoSeriousA11yViolations(page);
  await nextIntakeStep(page);

  // Medical history: a box with a long label keeps its size on a phone, and its whole row is the target.
  await expect(heading).toHaveText(/Step 4 of 15:?\s*Medical history$/);
  const longLabel = form.getByLabel("Takes blood thinners (e.g. warfarin, aspirin daily)");
  const box = (await longLabel.boundingBox())!;
  expect(box.width).toBeGreaterThanOrEqual(20);
  expect(box.height).toBeGreaterThanOrEqual(20);
  const row = (await form.locator('label[for="intake-medical-bloodThinners-yes"]').boundingBox())!;
  expect(row.height).toBeGreaterThanOrEqual(44);
  await none.check();
  await expectNoSeriousA11yViolations(page);
  await nextIntakeStep(page);

  // How you are today: skipping is not an answer; "none" is; a tick afterwards un-sets "none".
  await expect(heading).toHaveText(/Step 5 of 15:?\s*How you are today$/);
  await form.getByRole("button", { name: "Next" }).click();
  await expect(none).toBeFocused();
  await expect(none).toHaveAccessibleDescription("Tick what applies to you, or “None of these apply”");
  await expectNoSeriousA11yViolations(page);
  await none.check();
  await expect(none).not.toHaveAttribute("aria-invalid", "true");
  const fever = form.getByLabel("A fever right now");
  await fever.check();
  await expect(none).not.toBeChecked();
  // "None" clears the ticks again in one tap.
  await none.check();
  await expect(fever).not.toBeChecked();
  await nextIntakeStep(page);

  // Every other step: "none" where the section has boxes; the actives keep their "No" answers.
  const ticks: Record<string, () => Promise<void>> = {
    "Lifestyle and sun": async () => {
      await form.getByRole("radio", { name: "Moderate — some time outdoors most days" }).check();
      await none.check();
    },
    "Your skin": async () => {
      await form.getByRole("radio", { name: "Dry", exact: true }).check();
      await form.getByRole("radio", { name: "III — sometimes burns, tans gradually" }).check();
    },
  };
  for (;;) {
    const title = ((await heading.textContent()) ?? "").replace(/^Step \d+ of \d+:?\s*/, "");
    if (title === "Review and sign") break;
    if (ticks[title]) await ticks[title]();
    else if (await none.count()) await none.check();
    await expectNoSeriousA11yViolations(page);
    await nextIntakeStep(page);
  }

  // The review: every section summarised, "none" shown as such, and each has its way back.
  await expect(progress).toHaveAttribute("aria-valuenow", "15");
  const answers = form.getByRole("list", { name: "Your answers" });
  const today = answers.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "How you are today" }) });
  await expect(today).toContainText("None of these apply");
  const skin = answers.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Your skin" }) });
  await expect(skin).toContainText("Dry");
  await expectNoSeriousA11yViolations(page);
  await today.getByRole("button", { name: "Edit How you are today" }).click();
  await expect(heading).toHaveText(/Step 5 of 15:?\s*How you are today$/);
  await expect(heading).toBeFocused();
  await expect(none).toBeChecked();
  await nextIntakeStep(page);
  await expect(heading).toHaveText(/Review and sign$/);

  // The step list is reachable by keyboard: open it, go to a section, come back.
  await page.getByText("All sections").click();
  const sections = form.getByRole("navigation", { name: "Intake sections" });
  await sections.getByRole("button", { name: /Allergies/ }).focus();
  await page.keyboard.press("Enter");
  await expect(heading).toHaveText(/Step 14 of 15:?\s*Allergies$/);
  await expect(heading).toBeFocused();
  await nextIntakeStep(page);

  await form.getByRole("checkbox", { name: /I confirm that my answers are true/ }).check();
  await form.getByLabel("Signature — type your full name").fill(NAME);
  await form.getByRole("button", { name: "Sign and submit" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Thank you — your intake was submitted." })).toBeVisible();
  // Straight after signing, nothing asks to confirm that nothing has changed.
  await expect(page.getByRole("form", { name: "Confirm your intake" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Something changed? Update my answers" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
