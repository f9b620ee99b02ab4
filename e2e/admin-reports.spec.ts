import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../prisma/seed/demo-accounts";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { signIn } from "./support/sign-in";

const admin = DEMO_ACCOUNTS.find((a) => a.role === "ADMIN")!;
const esthetician = DEMO_ACCOUNTS.find((a) => a.role === "ESTHETICIAN")!;

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
  const utilisation = page.getByRole("img", { name: "Utilisation per esthetician" });
  await expect(utilisation).toBeVisible();
  // A fixed 0–100 % axis with its ticks, not bars relative to the largest (no visits that week: every bar is 0).
  await expect(utilisation).toHaveAttribute("data-scale-max", "1");
  await expect(utilisation.locator("[data-tick]")).toHaveText(["0%", "25%", "50%", "75%", "100%"]);
  const revenue = page.getByRole("img", { name: "Revenue from completed visits" });
  await expect(revenue.locator("[data-tick]")).toHaveText(["$0", "$1"]);

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

test("on a phone the reports table scrolls inside a focusable region, and the page passes axe", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, admin.email, admin.password, { callbackUrl: "/admin/reports?from=2026-01-05&to=2026-01-11" });
  const region = page.getByRole("region", { name: "Figures table (scrolls sideways)" });
  await expect(region).toHaveAttribute("tabindex", "0");
  // The table is wider than the phone: its box scrolls (by keyboard too) and the page does not.
  const widths = await region.evaluate((box) => ({
    scroll: box.scrollWidth,
    client: box.clientWidth,
    page: document.documentElement.scrollWidth,
  }));
  expect(widths.scroll).toBeGreaterThan(widths.client);
  expect(widths.page).toBeLessThanOrEqual(390);
  await region.focus();
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => region.evaluate((box) => box.scrollLeft)).toBeGreaterThan(0);
  await expectNoSeriousA11yViolations(page);
});

test("an esthetician's week on a phone opens on the selected day; Today and hour labels are readable", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, esthetician.email, esthetician.password, { callbackUrl: "/staff/schedule?view=week&date=2026-01-08" });
  const showing = page.getByRole("combobox", { name: "Showing" });
  await expect(showing.locator("option:checked")).toHaveText("Thu, Jan 8");
  await page.getByRole("link", { name: "Next week" }).click();
  await expect(showing.locator("option:checked")).toHaveText("Thu, Jan 15");
  await page.getByRole("link", { name: "Today", exact: true }).click();
  await expect(page.getByRole("link", { name: "Today", exact: true })).toHaveAttribute("aria-current", "date");
  const today = await page.evaluate(() =>
    new Intl.DateTimeFormat("en-US", { timeZone: "America/New_York", weekday: "short", month: "short", day: "numeric" }).format(new Date()),
  );
  await expect(showing.locator("option:checked")).toHaveText(today);

  // Hour labels: at least 12 px, and axe's colour-contrast rule (4.5:1 for text this size) passes.
  const label = page.getByRole("rowheader", { name: "9:00 AM" }).first();
  expect(await label.evaluate((cell) => parseFloat(getComputedStyle(cell.querySelector("span") ?? cell).fontSize))).toBeGreaterThanOrEqual(
    12,
  );
  await expectNoSeriousA11yViolations(page);
});

test("the email log names the spa's zone for its times and its date filters", async ({ page }) => {
  await signIn(page, admin.email, admin.password, { callbackUrl: "/admin/emails" });
  await expect(page.getByText(/^Times are in New York time \((EST|EDT)\), the spa's zone\.$/)).toBeVisible();
  const filters = page.getByRole("form", { name: "Filter the email log" });
  await expect(filters.getByLabel("Created from (New York time)")).toBeVisible();
  await expect(filters.getByLabel("Created to (New York time)")).toBeVisible();
  await expect(filters.getByText("(UTC)")).toHaveCount(0);
});
