import { chromium } from "@playwright/test";

/**
 * Playwright cannot download its own browsers on these machines, so we use Debian's Chromium:
 * CHROMIUM_PATH if set, else /usr/bin/chromium, else a browser Playwright installed itself.
 */
export function resolveChromium(exists: (path: string) => boolean): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!exists(fromEnv)) throw new Error(`CHROMIUM_PATH points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  if (exists("/usr/bin/chromium")) return "/usr/bin/chromium";
  if (exists(chromium.executablePath())) return undefined;
  throw new Error(
    "No Chromium found for the browser tests. Install one with `apt-get install -y chromium` " +
      "(or `npx playwright install chromium` where downloads work), or set CHROMIUM_PATH to a Chromium binary.",
  );
}
