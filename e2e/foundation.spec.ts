import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../prisma/seed/demo-accounts";
import { withE2eDatabase } from "./support/database";
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

test("the pages load without a console error: the spa's icon is served, not a 404", async ({ page, request }) => {
  const errors: string[] = [];
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  page.on("pageerror", (error) => errors.push(error.message));
  for (const path of ["/", "/book", "/signin"]) {
    await page.goto(path);
    await expect(page.locator('head link[rel="icon"]')).toHaveAttribute("href", /^\/icon\.svg/);
  }
  const icon = await request.get((await page.locator('head link[rel="icon"]').getAttribute("href"))!);
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
  expect(errors).toEqual([]);
});

test("every page carries the security headers, with a fresh script nonce each time", async ({ request }) => {
  const response = await request.get("/");
  const headers = response.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"]).toContain("default-src 'self'");
  const scripts = headers["content-security-policy"]!.split("; ").find((directive) => directive.startsWith("script-src"))!;
  expect(scripts).not.toContain("'unsafe-inline'");
  const nonce = /'nonce-([^']+)'/.exec(scripts)?.[1];
  expect(nonce).toBeTruthy();
  const html = await response.text();
  const scriptTags = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scriptTags.length).toBeGreaterThan(0);
  for (const tag of scriptTags) expect(tag).toContain(`nonce="${nonce}"`);
  expect((await request.get("/")).headers()["content-security-policy"]).not.toContain(nonce!);
  // Served over plain HTTP, and X-Forwarded-Proto counts only through TRUST_PROXY: no HSTS.
  expect((await request.get("/", { headers: { "X-Forwarded-Proto": "https" } })).headers()["strict-transport-security"]).toBeUndefined();
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

test("a server action posted from another origin gets 403, even with a forged X-Forwarded-Host", async ({ request }) => {
  for (const headers of [{}, { "X-Forwarded-Host": "evil.example" }] as Record<string, string>[]) {
    const response = await request.post("/signup", {
      headers: { Origin: "http://evil.example", "Next-Action": "0".repeat(42), "Content-Type": "text/plain;charset=UTF-8", ...headers },
      data: "[]",
    });
    expect(response.status()).toBe(403);
  }
  // A malformed Origin is refused the same way, never a 500.
  const malformed = await request.post("/signup", { headers: { Origin: "not a url", "Next-Action": "0".repeat(42) }, data: "[]" });
  expect(malformed.status()).toBe(403);
});

test("a sign-in attempt counts against the real client address, whatever X-Forwarded-For says", async ({ request }) => {
  const counter = () =>
    withE2eDatabase(async (client) => {
      const { rows } = await client.query<{ key: string; count: number }>(
        "SELECT key, count FROM rate_limit_counter WHERE key LIKE 'sign-in:ip:%'",
      );
      return rows;
    });
  const before = await counter();
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  for (const forged of ["198.51.100.1", "198.51.100.2", "not-an-address"]) {
    await request.post("/api/auth/callback/credentials", {
      form: { csrfToken, email: `nobody-${forged}@example.com`, password: "guess", json: "true" },
      headers: { "X-Forwarded-For": forged },
    });
  }
  const after = await counter();
  expect(after.map((row) => row.key).filter((key) => /198\.51\.100|not-an-address|unknown/.test(key))).toEqual([]);
  const loopback = (rows: typeof before) => rows.find((row) => row.key === "sign-in:ip:127.0.0.1")?.count ?? 0;
  expect(loopback(after) - loopback(before)).toBe(3);
  // Leave the address's budget as it was for the journeys that follow.
  await withE2eDatabase((client) => client.query("UPDATE rate_limit_counter SET count = count - 3 WHERE key = 'sign-in:ip:127.0.0.1'"));
});
