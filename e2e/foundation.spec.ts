import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../prisma/seed/demo-accounts";
import { signIn } from "./support/sign-in";

const account = (role: "ADMIN" | "ESTHETICIAN" | "CLIENT") => DEMO_ACCOUNTS.find((a) => a.role === role)!;

test("the landing page lists the seeded treatments with a way to book each", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Glowbook Demo Spa");
  const services = page.getByRole("region", { name: "Treatments" });
  const deepPore = services.getByRole("article", { name: "Deep Pore Cleansing Facial" });
  await expect(deepPore).toContainText("1 h 15 min");
  await expect(deepPore).toContainText("$125");
  await expect(deepPore.getByRole("link", { name: "Book Deep Pore Cleansing Facial" })).toHaveAttribute(
    "href",
    "/book?service=deep-pore-cleansing-facial",
  );
  // Other journeys may add services to the shared test database, so name the seeded five.
  for (const name of ["Express Facial", "Hydrating Facial", "Salicylic Acid Peel", "LED Therapy"]) {
    await expect(services.getByRole("article", { name })).toBeVisible();
  }
});

test("every page carries the security headers", async ({ request }) => {
  const response = await request.get("/");
  const headers = response.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"]).toContain("default-src 'self'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-powered-by"]).toBeUndefined();
});

test("a client signs in and lands on their account", async ({ page }) => {
  const client = account("CLIENT");
  await signIn(page, client.email, client.password);
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("heading", { name: "My account" })).toBeVisible();
  await expect(page.getByLabel("Full name")).toHaveValue(client.name);
});

test("an esthetician signs in and sees the services they perform and their hours", async ({ page }) => {
  const esthetician = account("ESTHETICIAN");
  await signIn(page, esthetician.email, esthetician.password);
  await expect(page).toHaveURL(/\/staff$/);
  const services = page.getByRole("region", { name: "Services you perform" });
  await expect(services).toContainText("Deep Pore Cleansing Facial");
  await expect(page.getByRole("region", { name: "Your weekly hours" })).toContainText("9:00 AM – 1:00 PM");
});

test("an admin signs in and sees staff and services", async ({ page }) => {
  const admin = account("ADMIN");
  await signIn(page, admin.email, admin.password);
  await expect(page).toHaveURL(/\/admin$/);
  const staff = page.getByRole("region", { name: "Staff" });
  for (const name of ["Ava Martinez", "Noah Bennett", "Priya Shah"]) await expect(staff.getByRole("rowheader", { name })).toBeVisible();
  await expect(page.getByRole("region", { name: "Services" })).toContainText("Salicylic Acid Peel");
});

test("a client who opens the admin or staff area gets a 403 page", async ({ page }) => {
  const client = account("CLIENT");
  await signIn(page, client.email, client.password);
  for (const path of ["/admin", "/staff"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "You don’t have access to this page" })).toBeVisible();
  }
});

test("a signed-out visitor is sent to sign in and brought back afterwards", async ({ page }) => {
  await page.goto("/account");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
  const client = account("CLIENT");
  await page.getByLabel("Email").fill(client.email);
  await page.getByLabel("Password").fill(client.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/account$/);
});
