import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { resolveChromium } from "./e2e/support/chromium";

const port = Number(process.env.E2E_PORT ?? 3210);
// localhost, not 127.0.0.1: WebAuthn (the passkey journeys) refuses IP addresses as the site.
const baseURL = `http://localhost:${port}`;
const dataDir = ".data/e2e";

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  // A flaky test is a bug, not something to retry (STYLE.md).
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [["list"]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: resolveChromium(existsSync),
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
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    // The real `npm start` path on a fresh embedded database, so the journeys see what a new user sees.
    command: `rm -rf ${dataDir} && node --import tsx scripts/start.ts`,
    env: { GLOWBOOK_DATA_DIR: dataDir, PORT: String(port), HOSTNAME: "127.0.0.1", NEXTAUTH_URL: baseURL },
    url: baseURL,
    reuseExistingServer: false,
    timeout: 300_000,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
  },
});
