import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { DEMO_ACCOUNTS } from "../prisma/seed/demo-accounts";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { clientExport } from "./support/import-files";
import { signIn } from "./support/sign-in";

const admin = DEMO_ACCOUNTS.find((a) => a.role === "ADMIN")!;

// axe is injected as a script tag, which the app's nonce CSP would (rightly) refuse.
test.use({ bypassCSP: true });

test("an admin imports 200 clients from another system: fixes the mapping, downloads the rejects, applies, finds a client", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const tag = `${Date.now()}`.slice(-6);
  // A German export: the guessed mapping does not know these name columns.
  const { csv, badRows } = clientExport(200, tag, "Vorname,Nachname,Email,Mobile Number,Date of Birth,Accepts Marketing,Added");

  await signIn(page, admin.email, admin.password, { callbackUrl: "/admin" });
  await page.getByRole("navigation", { name: "Admin sections" }).getByRole("link", { name: "Import" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import from another system" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page
    .getByLabel("CSV or TSV file")
    .setInputFiles({ name: `spa-clients-${tag}.csv`, mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Upload and preview" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Import clients: spa-clients-${tag}.csv` })).toBeVisible();
  const totals = page.getByRole("list", { name: "Dry run totals" });
  await expect(totals).toContainText("200 rejected"); // no name column mapped yet
  await expectNoSeriousA11yViolations(page);

  const mapping = page.getByRole("form", { name: "Map the columns" });
  await mapping.getByLabel("First name").selectOption({ label: "Vorname (e.g. Client1)" });
  await mapping.getByLabel("Last name").selectOption({ label: `Nachname (e.g. Tester${tag})` });
  await mapping.getByRole("button", { name: "Save mapping" }).click();
  await expect(totals).toContainText("197 new clients");
  await expect(totals).toContainText("3 rejected");

  await page.getByRole("link", { name: "Rejected", exact: true }).click();
  const table = page.getByRole("region", { name: /What each row will do/ });
  await expect(table.getByRole("row")).toHaveCount(1 + badRows.length);
  await expect(table).toContainText("Duplicate inside the file: row 1 has the same email.");

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: /Download the 3 rejected rows/ }).click();
  const rejects = await readFile((await (await downloading).path())!, "utf8");
  const [header, ...rows] = parse(rejects, { bom: true }) as string[][];
  expect(header).toEqual(["Vorname", "Nachname", "Email", "Mobile Number", "Date of Birth", "Accepts Marketing", "Added", "Row", "Reason"]);
  expect(rows.map((row) => row.at(-2))).toEqual(badRows.map(String));
  expect(rows.map((row) => row.at(-1))).toEqual([
    expect.stringContaining("No name"),
    "The email address is not valid.",
    "Duplicate inside the file: row 1 has the same email.",
  ]);

  await page.getByRole("button", { name: "Import 197 clients" }).click();
  await expect(page.getByRole("status").filter({ hasText: "rows (" })).toContainText("Done: 200 of 200 rows (100%)", { timeout: 60_000 });
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: "Open the client directory" }).click();
  await page.getByLabel("Name, email or phone").fill(`client42.${tag}@example.test`);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("link", { name: `Client42 Tester${tag}` })).toBeVisible();
});
