import { expect, test, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../prisma/seed/demo-accounts";
import { withE2eDatabase } from "./support/database";
import { CLIENT_PASSWORD, spaDate } from "./support/journeys";
import { startSecondInstance } from "./support/second-instance";
import { signIn } from "./support/sign-in";

const desk = DEMO_ACCOUNTS.find((a) => a.role === "FRONT_DESK")!;
const client = DEMO_ACCOUNTS.find((a) => a.role === "CLIENT")!;

type Slot = { start: string; staffIds: string[] };

/** A local date ahead on which Ava works (Monday to Friday) and at least `days` ahead. */
function avaWorkday(days: number): string {
  for (let offset = days; offset < days + 7; offset++) {
    const date = spaDate(offset);
    const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
    if (weekday >= 1 && weekday <= 5) return date;
  }
  throw new Error("no weekday found");
}

/**
 * Opens the booking panel on a free cell of Ava's where the Express Facial fits, trying her next
 * workdays (the lived-in demo fills much of her day).
 */
async function openBookingOnFreeCell(page: Page) {
  for (let days = 2; days < 16; days++) {
    const date = avaWorkday(days);
    await page.goto(`/admin/calendar?date=${date}`);
    const cells = page.getByRole("gridcell", { name: /Ava Martinez: free/ });
    await expect(page.getByRole("grid")).toBeVisible();
    const count = await cells.count();
    for (let i = 0; i < count; i++) {
      await cells.nth(i).click();
      const panel = page.getByRole("form", { name: "Book an appointment" });
      const express = panel.getByRole("radio", { name: /Express Facial/ });
      await expect(express).toBeVisible();
      if (await express.isEnabled()) return panel;
      await panel.getByRole("button", { name: "Cancel" }).click();
    }
  }
  throw new Error("No free cell of Ava's fits an Express Facial in the next two weeks");
}

test("the front desk takes a phone booking for a new client from an empty cell, who then sets a password", async ({ page, browser }) => {
  await signIn(page, desk.email, desk.password, { callbackUrl: "/admin/calendar" });
  const panel = await openBookingOnFreeCell(page);
  await panel.getByRole("radio", { name: /Express Facial/ }).check();
  await panel.getByRole("radio", { name: "New client" }).check();
  await panel.getByRole("button", { name: "Book" }).click();
  await expect(panel.getByLabel("Full name")).toHaveAttribute("aria-invalid", "true");
  const email = `casey.morgan.${Date.now()}@example.com`;
  await panel.getByLabel("Full name").fill("Casey Morgan");
  await panel.getByLabel("Phone").fill("+1 212 555 0142");
  await panel.getByLabel("Email (optional)").fill(email);
  await panel.getByRole("button", { name: "Book" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Booked Casey Morgan for Express Facial/ })).toBeVisible();
  await expect(page.getByRole("grid").getByRole("button", { name: /Casey Morgan/ })).toBeVisible();

  // The new client's set-password link (only its hash is stored; the email holds the token).
  const text = await withE2eDatabase(async (db) => {
    const { rows } = await db.query<{ text: string }>(
      "SELECT m.text FROM email_message m JOIN app_user u ON u.id = m.client_id WHERE u.email = $1 AND m.template = 'ACCOUNT_INVITATION'",
      [email],
    );
    return rows[0]!.text;
  });
  const link = new URL(/https?:\/\/\S+\/set-password\/[A-Za-z0-9_-]+/.exec(text)![0]);
  const context = await browser.newContext();
  const clientPage = await context.newPage();
  await clientPage.goto(link.pathname);
  const form = clientPage.getByRole("form", { name: "Set your password" });
  await form.getByLabel("Password", { exact: true }).fill(CLIENT_PASSWORD);
  await form.getByLabel("Confirm password").fill(CLIENT_PASSWORD);
  await form.getByRole("button", { name: "Set password" }).click();
  await expect(clientPage.getByRole("status")).toContainText("Your password is set");
  await signIn(clientPage, email, CLIENT_PASSWORD, { callbackUrl: "/account/appointments" });
  await expect(clientPage.getByText("Express Facial").first()).toBeVisible();
  await clientPage.goto(link.pathname);
  await expect(clientPage.getByRole("alert").filter({ hasText: "already been used" })).toBeVisible();
  await context.close();
});

/** Jordan books the Express Facial (through the API) where two estheticians are free; the visit and the other one. */
async function bookWhereTwoAreFree(page: Page, baseURL = "") {
  for (let days = 3; days < 12; days++) {
    const date = spaDate(days);
    const response = await page.request.get(`${baseURL}/api/v1/availability?service=express-facial&from=${date}&to=${date}`);
    const slot = ((await response.json()) as { slots: Slot[] }).slots.find((s) => s.staffIds.length >= 2);
    if (!slot) continue;
    const booked = await page.request.post(`${baseURL}/api/v1/appointments`, {
      data: { serviceId: "express-facial", staffId: slot.staffIds[0], startsAt: slot.start },
    });
    expect(booked.status()).toBe(201);
    return { date, staffId: slot.staffIds[0]!, otherId: slot.staffIds[1]! };
  }
  throw new Error("No day ahead has two estheticians free at once");
}

// A screen tall enough to show the whole day, so the visit and the row before opening are both in view.
test.describe("on a tall desk screen", () => {
  test.use({ viewport: { width: 1280, height: 1600 } });

  test("the front desk drags a visit to another esthetician; a refused drop puts it back with the reason", async ({ page, browser }) => {
    // Two sign-ins, a booking and two drags: more than a minute on a busy 2-core machine.
    test.setTimeout(120_000);
    const clientContext = await browser.newContext();
    const clientPage = await clientContext.newPage();
    await signIn(clientPage, client.email, client.password);
    const { date, otherId } = await bookWhereTwoAreFree(clientPage);
    await clientContext.close();

    await signIn(page, desk.email, desk.password, { callbackUrl: `/admin/calendar?date=${date}` });
    const grid = page.getByRole("grid");
    const visit = grid.getByRole("button", { name: new RegExp(client.name) });
    await expect(visit).toHaveCount(1);
    const [row, fromCol] = (await visit.getAttribute("data-pos"))!.split(":");
    const otherName = await withE2eDatabase(
      async (db) =>
        (await db.query<{ name: string }>("SELECT display_name AS name FROM staff_profile WHERE id = $1", [otherId])).rows[0]!.name,
    );
    const headers = await grid.getByRole("columnheader").allInnerTexts();
    const toCol = headers.findIndex((text) => text.startsWith(otherName)) - 1;

    // Holds the visit and lets go over the other esthetician's column: on `targetRow`'s cell, or
    // level with where it is now (the same time) when no row is named.
    const drag = async (targetRow?: string) => {
      // As a person would, bring the visit into view first (the reason shown above the grid pushes it down).
      await visit.scrollIntoViewIfNeeded();
      const from = (await visit.boundingBox())!;
      const target = (await page.locator(`[data-cell][data-row="${targetRow ?? row}"][data-col="${toCol}"]`).boundingBox())!;
      const grabY = from.y + Math.min(from.height - 4, 30);
      await page.mouse.move(from.x + from.width / 2, grabY);
      await page.mouse.down();
      await page.mouse.move(from.x + from.width / 2 + 20, grabY, { steps: 4 });
      await page.mouse.move(target.x + target.width / 2, targetRow === undefined ? grabY : target.y + (grabY - from.y), { steps: 8 });
      await page.mouse.up();
    };

    // Onto the top row (before anyone opens): the server refuses, the visit goes back, the reason shows.
    await drag("0");
    await expect(page.getByRole("alert").filter({ hasText: "stayed where it was" })).toBeVisible();
    await expect(visit).toHaveAttribute("data-pos", `${row}:${fromCol}`);

    await drag();
    await expect(page.getByRole("status").filter({ hasText: new RegExp(`^Moved ${client.name} to .* with ${otherName}`) })).toBeVisible();
    await expect(visit).toHaveAttribute("data-pos", `${row}:${toCol}`);
    const staffOfVisit = await withE2eDatabase(
      async (db) =>
        (
          await db.query<{ id: string }>(
            "SELECT a.staff_id AS id FROM appointment a JOIN app_user u ON u.id = a.client_id WHERE u.email = $1 AND a.status = 'BOOKED' ORDER BY a.updated_at DESC LIMIT 1",
            [client.email],
          )
        ).rows[0]!.id,
    );
    expect(staffOfVisit).toBe(otherId);
  });
});

test("a second browser sees an online booking made on another app instance appear without reloading", async ({
  page,
  browser,
  baseURL,
}) => {
  // Starting a second app instance takes most of a minute on a busy 2-core machine.
  test.setTimeout(120_000);
  const port = Number(new URL(baseURL!).port);
  const second = await startSecondInstance(Number(process.env.E2E_SECOND_PORT ?? port + 100));
  try {
    const clientContext = await browser.newContext({ baseURL: second.baseURL });
    const clientPage = await clientContext.newPage();
    await signIn(clientPage, client.email, client.password);
    // Find the day first, then watch it on the first instance before the booking is made.
    let target: { date: string; slot: Slot } | null = null;
    for (let days = 4; days < 14 && !target; days++) {
      const date = spaDate(days);
      const response = await clientPage.request.get(`/api/v1/availability?service=led-therapy&from=${date}&to=${date}`);
      const slot = ((await response.json()) as { slots: Slot[] }).slots[0];
      if (slot) target = { date, slot };
    }
    expect(target).not.toBeNull();

    await signIn(page, desk.email, desk.password, { callbackUrl: `/admin/calendar?date=${target!.date}` });
    await expect(page.getByText("Live: changes appear as they happen")).toBeVisible();
    await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
    const visits = page.getByRole("grid").getByRole("button", { name: new RegExp(`${client.name}.*LED Therapy`) });
    const before = await visits.count();

    const booked = await clientPage.request.post("/api/v1/appointments", {
      data: { serviceId: "led-therapy", staffId: target!.slot.staffIds[0], startsAt: target!.slot.start },
    });
    expect(booked.status()).toBe(201);
    await expect(visits).toHaveCount(before + 1);
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
    await clientContext.close();
  } finally {
    await second.stop();
  }
});

test("the front desk books from the grid with the keyboard alone", async ({ page }) => {
  await signIn(page, desk.email, desk.password, { callbackUrl: `/admin/calendar?date=${avaWorkday(5)}` });
  const grid = page.getByRole("grid");
  const focused = () =>
    page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? document.activeElement?.textContent ?? "");
  // Ava's next workdays in turn (the lived-in demo and the tests before this one fill some of them
  // whole, depending on the date the suite runs): on each, down her column (the first) to a free
  // cell, then past the visits until the Express Facial fits.
  let opened = false;
  for (let days = 5; days < 16 && !opened; days++) {
    if (days > 5) await page.goto(`/admin/calendar?date=${avaWorkday(days)}`);
    await expect(grid).toBeVisible();
    // Tab into the grid: one cell is in the tab order.
    for (let i = 0; i < 40 && !(await grid.evaluate((element) => element.contains(document.activeElement))); i++)
      await page.keyboard.press("Tab");
    await page.keyboard.press("Home");
    for (let step = 0; step < 80 && !opened; step++) {
      await page.keyboard.press("ArrowDown");
      if (!/Ava Martinez: free/.test(await focused())) continue;
      await page.keyboard.press("Enter");
      // The panel takes focus (its heading) before the keys go on: Escape closes it from there.
      await expect(page.getByRole("heading", { name: "New appointment" })).toBeFocused();
      const panel = page.getByRole("form", { name: "Book an appointment" });
      const express = panel.getByRole("radio", { name: /Express Facial/ });
      await expect(express).toBeVisible();
      if (await express.isEnabled()) {
        opened = true;
        break;
      }
      await page.keyboard.press("Escape");
      await expect(panel).toHaveCount(0);
    }
  }
  expect(opened).toBe(true);
  await expect(page.getByRole("heading", { name: "New appointment" })).toBeFocused();
  const panel = page.getByRole("form", { name: "Book an appointment" });
  // The treatments: Tab lands on the first that fits; arrows move within the group.
  await page.keyboard.press("Tab");
  while (!(await panel.getByRole("radio", { name: /Express Facial/ }).evaluate((element) => element === document.activeElement))) {
    await page.keyboard.press("ArrowDown");
  }
  await page.keyboard.press("Space");
  await expect(panel.getByRole("radio", { name: /Express Facial/ })).toBeChecked();
  await page.keyboard.press("Tab"); // "Existing client" (chosen already)
  await page.keyboard.press("Tab"); // the type-ahead
  await expect(panel.getByRole("combobox", { name: "Find the client" })).toBeFocused();
  await page.keyboard.type("Jordn Kim");
  await expect(panel.getByRole("option", { name: new RegExp(client.name) })).toBeVisible();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(panel.getByRole("combobox", { name: "Find the client" })).toHaveValue(client.name);
  await page.keyboard.press("Tab"); // notes
  await page.keyboard.press("Tab"); // Book
  await expect(panel.getByRole("button", { name: "Book" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: new RegExp(`^Booked ${client.name} for Express Facial`) })).toBeVisible();
});

test("the desk books a client into a second, overlapping visit only with a reason", async ({ page }) => {
  await signIn(page, desk.email, desk.password, { callbackUrl: "/admin/calendar" });
  const panel = page.getByRole("form", { name: "Book an appointment" });
  const chooseClient = async () => {
    await panel.getByRole("radio", { name: /Express Facial/ }).check();
    await panel.getByRole("combobox", { name: "Find the client" }).fill(client.name);
    await panel.getByRole("option", { name: new RegExp(client.name) }).click();
  };
  // A time when Ava and Noah are both free and the Express Facial fits with each.
  let time: string | null = null;
  for (let days = 2; days < 16 && !time; days++) {
    await page.goto(`/admin/calendar?date=${avaWorkday(days)}`);
    await expect(page.getByRole("grid")).toBeVisible();
    const cells = page.getByRole("gridcell", { name: /Ava Martinez: free/ });
    for (let i = 0; i < (await cells.count()) && !time; i++) {
      const label = (await cells.nth(i).getAttribute("aria-label")) ?? "";
      const at = label.split(",")[0]!;
      const noah = page.getByRole("gridcell", { name: new RegExp(`^${at}, Noah [^:]+: free`) });
      if ((await noah.count()) === 0) continue;
      await noah.first().click();
      const fits = await panel.getByRole("radio", { name: /Express Facial/ }).isEnabled();
      await panel.getByRole("button", { name: "Cancel" }).click();
      if (!fits) continue;
      await cells.nth(i).click();
      if (await panel.getByRole("radio", { name: /Express Facial/ }).isEnabled()) time = at;
      else await panel.getByRole("button", { name: "Cancel" }).click();
    }
  }
  expect(time).not.toBeNull();
  await chooseClient();
  await panel.getByRole("button", { name: "Book" }).click();
  await expect(page.getByRole("status").filter({ hasText: new RegExp(`^Booked ${client.name} for Express Facial`) })).toBeVisible();

  await page
    .getByRole("gridcell", { name: new RegExp(`^${time}, Noah [^:]+: free`) })
    .first()
    .click();
  await chooseClient();
  await panel.getByRole("button", { name: "Book" }).click();
  const overlap = panel.getByRole("group", { name: "The client already has an appointment at that time" });
  await expect(overlap).toBeVisible();
  await expect(overlap).toContainText("Express Facial");
  await expect(overlap.getByLabel("Reason for booking both")).toBeFocused();
  await overlap.getByLabel("Reason for booking both").fill("Two treatments side by side, at the client's request");
  await panel.getByRole("button", { name: "Book anyway" }).click();
  await expect(page.getByRole("status").filter({ hasText: new RegExp(`^Booked ${client.name} for Express Facial`) })).toBeVisible();
});
