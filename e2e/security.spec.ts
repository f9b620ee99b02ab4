import { expect, test, type Page } from "@playwright/test";
import { currentTotpCode } from "@/lib/auth/second-factor/totp";
import { createStaffAccount, type StaffAccount } from "./support/accounts";
import { withE2eDatabase } from "./support/database";
import { signIn } from "./support/sign-in";

/** Reads the setup key the page shows (as a person would type it into their app) and confirms with a code. */
async function setUpAuthenticatorApp(page: Page): Promise<string> {
  await page.getByRole("button", { name: "Set up an authenticator app" }).click();
  const secret = (await page.getByLabel("Setup key").innerText()).replaceAll(" ", "");
  await expect(page.getByRole("img", { name: /QR code for your authenticator app/ })).toBeVisible();
  await page.getByLabel("Code from the app").fill(await currentTotpCode(secret, new Date()));
  await page.getByRole("button", { name: "Turn on" }).click();
  await expect(page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem")).toHaveCount(10);
  return secret;
}

async function signOut(page: Page) {
  await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
}

async function requireStaffTwoFactor(on: boolean) {
  await withE2eDatabase((client) =>
    client.query(
      `INSERT INTO security_policy (location_id, require_staff_two_factor)
       SELECT id, $1 FROM location ORDER BY created_at, id LIMIT 1
       ON CONFLICT (location_id) DO UPDATE SET require_staff_two_factor = $1`,
      [on],
    ),
  );
}

test.describe("an admin requires a second step for staff", () => {
  // Whatever happens, the other journeys' demo staff sign in without one afterwards.
  test.afterAll(() => requireStaffTwoFactor(false));

  test("turns it on, sets up their own app at once, and the next staff sign-in must set one up too", async ({ page, browser }) => {
    const admin = await createStaffAccount("ADMIN", "Sam Rivera");
    const esthetician = await createStaffAccount("ESTHETICIAN", "Lee Morgan");
    await signIn(page, admin.email, admin.password);
    await page.goto("/admin/security");
    const settings = page.getByRole("form", { name: "Security settings" });
    await settings.getByLabel("Require a second step for every staff account").check();
    await settings.getByRole("button", { name: "Save" }).click();

    // The admin has no second step yet: nothing of the admin area opens until they set one up.
    await expect(page.getByRole("heading", { name: "Set up a second step" })).toBeVisible();
    await expect(page).toHaveURL(/\/signin\/two-factor\?callbackUrl=%2Fadmin%2Fsecurity$/);
    await setUpAuthenticatorApp(page);
    await page.getByRole("button", { name: "I saved them, continue" }).click();
    await expect(page).toHaveURL(/\/admin\/security$/);
    await expect(page.getByRole("form", { name: "Security settings" }).getByRole("checkbox")).toBeChecked();
    await expect(page.getByRole("row", { name: new RegExp(admin.email) })).toContainText("Authenticator app");

    const desk = await browser.newPage();
    await signIn(desk, esthetician.email, esthetician.password);
    await expect(desk.getByRole("heading", { name: "Set up a second step" })).toBeVisible();
    // The schedule stays closed: the page guard sends the session back to its second step.
    await desk.goto("/staff");
    await expect(desk).toHaveURL(/\/signin\/two-factor/);
    await desk.close();
  });
});

test("an esthetician sets up an authenticator app and signs in with a code", async ({ page }) => {
  const esthetician: StaffAccount = await createStaffAccount("ESTHETICIAN", "Robin Hale");
  await signIn(page, esthetician.email, esthetician.password);
  await page.goto("/account/security");
  const secret = await setUpAuthenticatorApp(page);
  await page.getByRole("button", { name: "I saved them" }).click();
  await expect(page.getByText("On: sign-ins ask for a code from your app.")).toBeVisible();
  await signOut(page);

  await signIn(page, esthetician.email, esthetician.password);
  await expect(page.getByRole("heading", { name: "Second step" })).toBeVisible();
  // The next time step's code: valid (one step of drift) and never the one used to set up.
  await page.getByLabel("6-digit code from your authenticator app").fill(await currentTotpCode(secret, new Date(Date.now() + 30_000)));
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/staff$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("an esthetician registers a passkey and signs in with it, with no password", async ({ page }) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  const esthetician = await createStaffAccount("ESTHETICIAN", "Jamie Cole");
  await signIn(page, esthetician.email, esthetician.password);
  await page.goto("/account/security");
  await page.getByLabel("Name for this passkey").fill("Front desk key");
  await page.getByRole("button", { name: "Add a passkey or security key" }).click();
  await page.getByRole("button", { name: "I saved them" }).click();
  await expect(page.getByRole("list", { name: "Your passkeys" })).toContainText("Front desk key");
  await signOut(page);

  await page.goto("/signin");
  await page.getByRole("button", { name: "Use a passkey instead" }).click();
  await expect(page).toHaveURL(/\/staff$/);
  await signOut(page);

  // With the password, the passkey is the second step.
  await signIn(page, esthetician.email, esthetician.password);
  await page.getByRole("button", { name: "Use a passkey or security key" }).click();
  await expect(page).toHaveURL(/\/staff$/);
});

test("a signed-out token cannot be replayed", async ({ page }) => {
  const esthetician = await createStaffAccount("ESTHETICIAN", "Alex Shore");
  await signIn(page, esthetician.email, esthetician.password);
  const cookies = await page.context().cookies();
  await signOut(page);
  await page.context().addCookies(cookies);
  await page.goto("/staff");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fstaff$/);
  const session = await page.request.get("/api/auth/session");
  expect(await session.json()).toEqual({});
});
