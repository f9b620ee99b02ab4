import { expect, test } from "@playwright/test";

test("a new client signs up, fixes a mistake without retyping, and edits their phone", async ({ page }) => {
  const email = `new-client-${Date.now()}@example.com`;
  await page.goto("/signup");
  const form = page.getByRole("form", { name: "Create account" });
  await form.getByLabel("Full name").fill("Riley Carter");
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Phone").fill("+1 646 555 0123");
  await form.getByLabel("Password", { exact: true }).fill("short");
  await form.getByLabel("Confirm password").fill("short");
  await form.getByRole("button", { name: "Create account" }).click();

  await expect(form.getByLabel("Password", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel("Full name")).toHaveValue("Riley Carter");
  await expect(form.getByLabel("Email")).toHaveValue(email);

  await form.getByLabel("Password", { exact: true }).fill("a calm glowing skin day");
  await form.getByLabel("Confirm password").fill("a calm glowing skin day");
  await form.getByRole("button", { name: "Create account" }).click();
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

test("signing up twice with the same email is refused with a way forward", async ({ page }) => {
  await page.goto("/signup");
  const form = page.getByRole("form", { name: "Create account" });
  await form.getByLabel("Full name").fill("Jordan Again");
  await form.getByLabel("Email").fill("CLIENT@glowbook.test");
  await form.getByLabel("Phone").fill("+1 646 555 0123");
  await form.getByLabel("Password", { exact: true }).fill("a calm glowing skin day");
  await form.getByLabel("Confirm password").fill("a calm glowing skin day");
  await form.getByRole("button", { name: "Create account" }).click();
  await expect(form.getByText("An account with this email already exists. Sign in instead.")).toBeVisible();
});
