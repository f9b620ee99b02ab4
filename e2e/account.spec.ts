import { expect, test } from "@playwright/test";
import { confirmSignUpFromEmail, forgetSignUpsFromHere, latestEmailText } from "./support/accounts";

test("a new client signs up with three fields, fixes a mistake without retyping, confirms by email and adds their phone", async ({
  page,
}) => {
  const email = `new-client-${Date.now()}@example.com`;
  await forgetSignUpsFromHere();
  await page.goto("/signup");
  const form = page.getByRole("form", { name: "Create account" });
  await form.getByLabel("Full name").fill("Riley Carter");
  await form.getByLabel("Email").fill(email);
  // Name, email and password: nothing else to fill in.
  await expect(form.locator("input:not([type=checkbox]):not([type=hidden])")).toHaveCount(3);
  await form.getByLabel("Password", { exact: true }).fill("short");
  await form.getByRole("button", { name: "Create account" }).click();

  await expect(form.getByLabel("Password", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel("Full name")).toHaveValue("Riley Carter");
  await expect(form.getByLabel("Email")).toHaveValue(email);

  // No second password field: "Show password" lets the person see what they typed instead.
  await form.getByLabel("Password", { exact: true }).fill("a calm glowing skin day");
  await form.getByLabel("Show password").check();
  await expect(form.getByLabel("Password", { exact: true })).toHaveAttribute("type", "text");
  await form.getByRole("button", { name: "Create account" }).click();
  await confirmSignUpFromEmail(page, email);
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();

  const profile = page.getByRole("form", { name: "Contact details" });
  await profile.getByLabel("Phone").fill("12");
  await profile.getByRole("button", { name: "Save changes" }).click();
  await expect(profile.getByLabel("Phone")).toHaveAttribute("aria-invalid", "true");

  await profile.getByLabel("Phone").fill("+1 646 555 0199");
  await profile.getByRole("button", { name: "Save changes" }).click();
  await expect(profile.getByRole("status")).toHaveText("Your contact details were saved.");
  await page.reload();
  await expect(page.getByLabel("Phone")).toHaveValue("+1 646 555 0199");
});

test("signing up with an address that has an account gives the same answer; the owner is told by email", async ({ page }) => {
  await forgetSignUpsFromHere();
  await page.goto("/signup");
  const form = page.getByRole("form", { name: "Create account" });
  await form.getByLabel("Full name").fill("Jordan Again");
  await form.getByLabel("Email").fill("CLIENT@glowbook.test");
  await form.getByLabel("Password", { exact: true }).fill("a calm glowing skin day");
  await form.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await expect(page.getByText("An account with this email already exists")).toHaveCount(0);
  expect(await latestEmailText("client@glowbook.test", "SIGN_UP_EXISTING_ACCOUNT")).toContain("already has one");
});
