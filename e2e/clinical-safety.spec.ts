import { expect, test } from "@playwright/test";
import { bookDeepPoreWithAva, signUp, submitIntakeForm } from "./support/journeys";
import { signIn } from "./support/sign-in";

const CLIENT_NAME = "Lena Ortiz";

test("an intake that rules out the booked treatment puts the visit into review; /book refuses it before the time step; the esthetician changes the treatment", async ({
  page,
  context,
}) => {
  await signUp(page, { name: CLIENT_NAME, email: `review-${Date.now()}@example.com` });
  const appointmentId = await bookDeepPoreWithAva(page);
  // Rosacea rules out steam and scrubs, so the deep pore facial she booked cannot go ahead.
  await submitIntakeForm(page, {
    name: CLIENT_NAME,
    emergencyContact: "Marco Ortiz",
    emergencyPhone: "+1 646 555 0191",
    skinType: "Combination",
    tick: ["Rosacea"],
  });

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
  await expect(page.getByRole("grid").getByRole("button", { name: new RegExp(CLIENT_NAME) })).toHaveAccessibleName(/Needs review/);
  await page.goBack();
  const change = page.getByRole("form", { name: "Change the treatment" });
  await change.getByLabel("Treatment allowed on this date").selectOption({ label: "Hydrating Facial (60 min)" });
  await change.getByRole("button", { name: "Change the treatment" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${CLIENT_NAME} — Hydrating Facial` })).toBeVisible();
  await expect(page.getByRole("region", { name: "Needs review" })).toHaveCount(0);
  // Her visit has not begun: the note can be drafted but not signed yet.
  await expect(page.getByRole("button", { name: "Sign and lock the note" })).toBeDisabled();
});
