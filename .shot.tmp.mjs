import { chromium } from "@playwright/test";
import { readFileSync } from "node:fs";
const [base, email, password, ...paths] = process.argv.slice(2);
const axe = readFileSync("/work/wt/i11/node_modules/axe-core/axe.min.js", "utf8");
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
for (const [w, h] of [
  [1280, 800],
  [390, 844],
]) {
  const context = await browser.newContext({ viewport: { width: w, height: h } });
  const page = await context.newPage();
  if (email !== "-") {
    await page.goto(`${base}/signin`);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((u) => !u.pathname.startsWith("/signin"), { timeout: 60000 });
  }
  for (const path of paths) {
    await page.goto(`${base}${path}`, { waitUntil: "networkidle", timeout: 120000 }).catch(() => {});
    await page.waitForTimeout(1500);
    const name = `/tmp/shots/${path.replace(/[^a-z0-9]+/gi, "_")}_${w}.png`;
    await page.screenshot({ path: name, fullPage: true });
    await page.addScriptTag({ content: axe });
    const result = await page.evaluate(async () => await window.axe.run(document, { resultTypes: ["violations"] }));
    const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    console.log(
      name,
      bad.length
        ? bad
            .map(
              (v) =>
                `${v.id} (${v.impact}): ${v.nodes.length} nodes: ${v.nodes
                  .slice(0, 2)
                  .map((n) => n.target.join(" "))
                  .join(" | ")}`,
            )
            .join("\n  ")
        : "axe ok",
    );
  }
  await context.close();
}
await browser.close();
