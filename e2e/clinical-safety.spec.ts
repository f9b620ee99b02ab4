import { expect, test, type Page } from "@playwright/test";
import { bookDeepPoreWithAva, signUp } from "./support/journeys";
import { signIn } from "./support/sign-in";

const CLIENT_NAME = "Lena Ortiz";

/** The intake with rosacea ticked: it rules out steam and scrubs, so the deep pore facial cannot go ahead. */
async function fillIntakeWithRosacea(page: Page) {
  await page.goto("/account/intake");
  const form = page.getByRole("form", { name: "Intake form" });
  await form.getByLabel("Emergency contact — name").fill("Marco Ortiz");
  await form.getByLabel("Emergency contact — phone").fill("+1 646 555 0191");
  await form.getByLabel("Rosacea", { exact: true }).check();
  await form.getByRole("radio", { name: "Moderate — some time outdoors most days" }).check();
  await form.getByRole("radio", { name: "Combination" }).check();
  await form.getByRole("radio", { name: "II — usually burns, tans a little" }).check();
  await form.getByRole("checkbox", { name: /I confirm that my answers are true/ }).check();
  await form.getByLabel("Signature — type your full name").fill(CLIENT_NAME);
  await form.getByRole("button", { name: "Sign and submit" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Thank you — your intake was submitted." })).toBeVisible();
}

test("an intake that rules out the booked treatment puts the visit into review; /book refuses it before the time step; the esthetician changes the treatment", async ({
  page,
  context,
}) => {
  await signUp(page, { name: CLIENT_NAME, email: `review-${Date.now()}@example.com`, phone: "+1 646 555 0190" });
  const appointmentId = await bookDeepPoreWithAva(page);
  await fillIntakeWithRosacea(page);

  // The client's appointment page says so (the email does not: no health details in email).
  await page.goto(`/account/appointments/${appointmentId}`);
  const notice = page.getByRole("region", { name: "We need to check this treatment with you" });
  await expect(notice).toContainText("because you have rosacea or visible redness");
  await expect(notice.getByRole("link", { name: "Cancel without a fee" })).toBeVisible();

  // Booking it again online stops before the time step, says why, and offers what she can book.
  await page.goto("/book?service=deep-pore-cleansing-facial");
  const refusal = page.getByRole("region", { name: /not bookable online until cleared/ });
  await expect(refusal).toContainText("because you have rosacea or visible redness");
  await expect(refusal.getByRole("link", { name: "Hydrating Facial" })).toBeVisible();
  await expect(refusal).toContainText("@");
  await expect(page.getByRole("heading", { name: "Choose your esthetician" })).toHaveCount(0);

  // The esthetician sees it on her schedule and resolves it on the chart by changing the treatment.
  await context.clearCookies();
  await signIn(page, "ava@glowbook.test", "glowbook-staff-demo", { callbackUrl: `/staff/appointments/${appointmentId}` });
  const review = page.getByRole("region", { name: "Needs review" });
  await expect(review).toContainText("Rosacea or dilated capillaries: heat and exfoliation");
  await page.getByRole("link", { name: "Back to the schedule" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: CLIENT_NAME })).toContainText("Needs review");
  await page.goBack();
  const change = page.getByRole("form", { name: "Change the treatment" });
  await change.getByLabel("Treatment allowed on this date").selectOption({ label: "Hydrating Facial (60 min)" });
  await change.getByRole("button", { name: "Change the treatment" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${CLIENT_NAME} — Hydrating Facial` })).toBeVisible();
  await expect(page.getByRole("region", { name: "Needs review" })).toHaveCount(0);
  // Her visit has not begun: the note can be drafted but not signed yet.
  await expect(page.getByRole("button", { name: "Sign and lock the note" })).toBeDisabled();
});
