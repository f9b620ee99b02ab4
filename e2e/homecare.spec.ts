import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/sign-in";

const SPA_ZONE = "America/New_York";
const CLIENT_NAME = "Noor Haddad";
const PASSWORD = "a calm glowing skin day";

function spaDate(days: number): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: SPA_ZONE }).format(new Date(Date.now() + days * 86_400_000));
}

async function signUp(page: Page, email: string) {
  await page.goto("/signup");
  const form = page.getByRole("form", { name: "Create account" });
  await form.getByLabel("Full name").fill(CLIENT_NAME);
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Phone").fill("+1 646 555 0177");
  await form.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await form.getByLabel("Confirm password").fill(PASSWORD);
  await form.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/account$/);
}

/** Books the deep pore facial with Ava on the first free day from tomorrow; returns the appointment id. */
async function bookDeepPoreWithAva(page: Page): Promise<string> {
  await page.goto("/book?service=deep-pore-cleansing-facial");
  await page.getByRole("link", { name: /^Ava Martinez/ }).click();
  const days = page.getByRole("table").getByRole("button", { disabled: false });
  await expect(page.getByText(/free times in/)).toBeVisible();
  for (let month = 0; month < 3; month++) {
    for (const day of await days.all()) {
      if (((await day.getAttribute("data-date")) ?? "") < spaDate(1)) continue;
      await day.click();
      await page.getByRole("list", { name: /^Times on / }).getByRole("link").first().click();
      await page.getByRole("form", { name: "Review and confirm" }).getByRole("button", { name: "Confirm booking" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "You're booked" })).toBeVisible();
      return new URL(page.url()).pathname.split("/").pop()!;
    }
    await page.getByRole("button", { name: "Next month" }).click();
    await expect(page.getByText(/free times in/)).toBeVisible();
  }
  throw new Error("No free day for Ava");
}

async function fillIntake(page: Page) {
  await page.goto("/account/intake");
  const form = page.getByRole("form", { name: "Intake form" });
  await form.getByLabel("Emergency contact — name").fill("Sami Haddad");
  await form.getByLabel("Emergency contact — phone").fill("+1 646 555 0178");
  await form.getByRole("radio", { name: "Moderate — some time outdoors most days" }).check();
  await form.getByRole("radio", { name: "Oily" }).check();
  await form.getByRole("radio", { name: "II — usually burns, tans a little" }).check();
  await form.getByRole("checkbox", { name: /I confirm that my answers are true/ }).check();
  await form.getByLabel("Signature — type your full name").fill(CLIENT_NAME);
  await form.getByRole("button", { name: "Sign and submit" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Thank you — your intake was submitted." })).toBeVisible();
}

async function signNoteAndPublish(page: Page, appointmentId: string) {
  await signIn(page, "ava@glowbook.test", "glowbook-staff-demo", { callbackUrl: `/staff/appointments/${appointmentId}` });
  const note = page.getByRole("form", { name: "Treatment note" });
  await note.getByLabel(/^A — Assessment/).fill("Cleanse, steam, extraction on nose and chin, clay mask.");
  await note.getByRole("button", { name: "Sign and lock the note" }).click();
  await page.getByRole("link", { name: "Review and publish the homecare plan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(`Homecare plan — ${CLIENT_NAME}`) })).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Draft/ })).toBeVisible();
  await expect(page.getByText("Don't pick or touch the extracted areas; they heal in 5–7 days.")).toBeVisible();

  await page.getByRole("button", { name: "Add a line to “Once or twice a week”" }).click();
  const add = page.getByRole("form", { name: "Add line" });
  await add.getByLabel("Advice").fill("Use the clay mask on Sundays.");
  await add.getByLabel("Why (shown to the client)").fill("Your nose and chin were congested today.");
  await add.getByRole("button", { name: "Add line" }).click();
  await expect(page.getByRole("region", { name: "Changes" })).toContainText("Ava Martinez added a line");

  await page.getByRole("button", { name: "Publish to the client" }).click();
  await expect(page.getByRole("heading", { name: "Published" })).toBeVisible();
}

test("signed note → reviewed and published plan → the client reads it, prints it and rebooks from it", async ({ page, context }) => {
  const email = `homecare-${Date.now()}@example.com`;
  await signUp(page, email);
  const appointmentId = await bookDeepPoreWithAva(page);
  await fillIntake(page);

  await context.clearCookies();
  await signNoteAndPublish(page, appointmentId);

  await context.clearCookies();
  await signIn(page, email, PASSWORD, { callbackUrl: "/account/homecare" });
  await page.getByRole("link", { name: /^Deep Pore Cleansing Facial on / }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your homecare plan" })).toBeVisible();
  await expect(page.getByText("Use the clay mask on Sundays.")).toBeVisible();
  await expect(page.getByText(/Why: Performed today: .*extraction/).first()).toBeVisible();

  // The PDF download: a real PDF, generated by the server, named by the visit date.
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download PDF" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^glowbook-homecare-\d{4}-\d{2}-\d{2}\.pdf$/);
  const downloaded = await readFile(await download.path());
  expect(downloaded.subarray(0, 5).toString("latin1")).toBe("%PDF-");

  // Printed: no site navigation, no buttons; the plan and the spa's details remain.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("link", { name: "Book your next visit" })).toBeHidden();
  await expect(page.locator("body > header")).toBeHidden();
  await expect(page.getByRole("heading", { name: "Warning signs and what to do" })).toBeVisible();
  const pdf = (await page.pdf({ format: "A4" })).toString("latin1");
  expect(pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0).toBeLessThanOrEqual(2);
  await page.emulateMedia({ media: "screen" });

  await page.getByRole("link", { name: "Book your next visit" }).click();
  await expect(page).toHaveURL(/\/book\?service=deep-pore-cleansing-facial&staff=[0-9a-f-]{36}&date=\d{4}-\d{2}-\d{2}$/);
  await expect(page.getByRole("heading", { name: "Choose a day and time" })).toBeVisible();
  await expect(page.getByText("With Ava Martinez.")).toBeVisible();
});
