import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../prisma/seed/demo-accounts";
import { signIn } from "./support/sign-in";

const admin = DEMO_ACCOUNTS.find((a) => a.role === "ADMIN")!;

test("an admin reads the reports for a chosen period and downloads them as CSV", async ({ page }) => {
  await signIn(page, admin.email, admin.password, { callbackUrl: "/admin" });
  await page.getByRole("navigation", { name: "Admin sections" }).getByRole("link", { name: "Reports" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Reports:/ })).toBeVisible();

  await page.getByLabel("From", { exact: true }).fill("2026-01-05");
  await page.getByLabel("To (inclusive)").fill("2026-01-11");
  await page.getByRole("button", { name: "Show report" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Reports: Jan 5, 2026 to Jan 11, 2026" })).toBeVisible();
  const table = page.getByRole("table", { name: /Figures per esthetician/ });
  await expect(table.getByRole("rowheader", { name: "All estheticians" })).toBeVisible();
  await expect(page.getByRole("img", { name: "Utilisation per esthetician" })).toBeVisible();

  const csv = await page.request.get(
    await page
      .getByRole("link", { name: "Download CSV" })
      .getAttribute("href")
      .then((href) => href!),
  );
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toMatch(/^Esthetician,Working minutes,/);

  await page.getByLabel("From", { exact: true }).fill("2026-01-11");
  await page.getByLabel("To (inclusive)").fill("2026-01-05");
  await page.getByRole("button", { name: "Show report" }).click();
  await expect(page.getByText("The end date must be on or after the start date.")).toBeVisible();
});

test("the calendar switches between the staff day, the staff week and the rooms, by keyboard", async ({ page }) => {
  await signIn(page, admin.email, admin.password, { callbackUrl: "/admin/calendar?date=2026-01-07" });
  const views = page.getByRole("navigation", { name: "Calendar views" });
  await views.getByRole("link", { name: "Staff week" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Calendar: week of Monday, January 5, 2026" })).toBeVisible();
  await expect(page.getByRole("grid", { name: /Week of Mon, Jan 5/ }).getByRole("columnheader", { name: "Sun, Jan 11" })).toBeVisible();
  await page.getByRole("link", { name: "Next week" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Calendar: week of Monday, January 12, 2026" })).toBeVisible();

  await views.getByRole("link", { name: "Rooms" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Rooms and equipment:/ })).toBeVisible();
  await expect(page.getByRole("grid").getByRole("columnheader", { name: /^Treatment Room 1/ })).toBeVisible();
  await expect(views.getByRole("link", { name: "Rooms" })).toHaveAttribute("aria-current", "page");
});
