import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { createStaffAccount } from "./support/accounts";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { withE2eDatabase } from "./support/database";
import { bookDeepPoreWithAva, CLIENT_PASSWORD, signUp } from "./support/journeys";
import { signIn } from "./support/sign-in";

async function download(page: Page, linkName: string): Promise<{ name: string; body: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: linkName }).click()]);
  return { name: file.suggestedFilename(), body: await readFile((await file.path())!) };
}

test("a client downloads their data and asks for erasure; an admin approves and the client is gone at once", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const email = `privacy-${Date.now()}@example.com`;
  await signUp(page, { name: "Noor Haddad", email });
  const appointmentId = await bookDeepPoreWithAva(page);

  await page.goto("/account");
  await page.getByRole("link", { name: "Your data and privacy" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your data and privacy" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const json = await download(page, "Download as JSON");
  expect(json.name).toMatch(/^glowbook-my-data-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(json.body.toString("utf8")) as { profile: { email: string; name: string }; appointments: { id: string }[] };
  expect(data.profile).toMatchObject({ email, name: "Noor Haddad" });
  expect(data.appointments.map((visit) => visit.id)).toEqual([appointmentId]);
  const pdf = await download(page, "Download as PDF");
  expect(pdf.name).toMatch(/\.pdf$/);
  expect(pdf.body.subarray(0, 5).toString("latin1")).toBe("%PDF-");

  // The request needs the box ticked and the right password; what was typed stays.
  const form = page.getByRole("form", { name: "Ask for erasure" });
  await form.getByLabel("Your password").fill("not my password");
  await form.getByRole("button", { name: "Ask for erasure" }).click();
  await expect(form.getByRole("checkbox")).toHaveAttribute("aria-invalid", "true");
  await form.getByRole("checkbox").check();
  await form.getByRole("button", { name: "Ask for erasure" }).click();
  await expect(form.getByLabel("Your password")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByText("That is not your password.")).toBeVisible();
  await form.getByLabel("Your password").fill(CLIENT_PASSWORD);
  await form.getByRole("button", { name: "Ask for erasure" }).click();
  await expect(page.getByRole("status").filter({ hasText: "You asked for erasure on" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The admin sees the request, with the visit it will cancel, and approves it.
  const admin = await createStaffAccount("ADMIN", "Priya Admin");
  const adminPage = await browser.newPage();
  await signIn(adminPage, admin.email, admin.password);
  await adminPage.goto("/admin");
  await adminPage.getByRole("link", { name: "Privacy requests" }).click();
  const request = adminPage.getByRole("listitem").filter({ has: adminPage.getByRole("heading", { name: "Noor Haddad" }) });
  await expect(request).toContainText("1 upcoming visit will be cancelled");
  await expectNoSeriousA11yViolations(adminPage);
  await request.getByRole("button", { name: "Approve…" }).click();
  await expect(request.getByRole("group", { name: "Confirm erasure for Noor Haddad" })).toBeVisible();
  await expectNoSeriousA11yViolations(adminPage);
  await request.getByRole("button", { name: "Erase now" }).click();
  await expect(adminPage.getByRole("heading", { name: "Noor Haddad" })).toHaveCount(0);
  const decided = adminPage.getByRole("row", { name: /^Erased client [0-9a-f]{8}/ }).first();
  await expect(decided).toContainText("Erased");
  await expect(decided).toContainText("Kept until");
  await adminPage.close();

  // The client's session ended at once, and the old sign-in no longer works.
  await page.goto("/account");
  await expect(page).toHaveURL(/\/signin/);
  const signInForm = page.getByRole("form", { name: "Sign in" });
  await signInForm.getByLabel("Email").fill(email);
  await signInForm.getByLabel("Password").fill(CLIENT_PASSWORD);
  await signInForm.getByRole("button", { name: "Sign in" }).click();
  await expect(signInForm.getByRole("alert")).toBeVisible();

  const [visit] = await withE2eDatabase(
    async (client) => (await client.query("SELECT status FROM appointment WHERE id = $1", [appointmentId])).rows,
  );
  expect(visit).toEqual({ status: "CANCELLED" });
});
