import { readFileSync } from "node:fs";
import { spawnServer, stopProcessGroup, waitForPort } from "../../scripts/lib/processes";

/**
 * A second app instance on the e2e server's own database and secret (what a second machine behind
 * a load balancer is), from the build `npm start` just made, served as `npm start` serves it
 * (scripts/serve.ts). Stopped with its process group.
 */
export async function startSecondInstance(port: number): Promise<{ baseURL: string; stop: () => Promise<void> }> {
  const baseURL = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    DATABASE_URL: readFileSync(".data/e2e/database-url", "utf8").trim(),
    NEXTAUTH_SECRET: readFileSync(".data/e2e/nextauth-secret", "utf8").trim(),
    NEXTAUTH_URL: baseURL,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const child = spawnServer(process.cwd(), ["--port", String(port), "--hostname", "127.0.0.1"], env);
  if (!(await waitForPort("127.0.0.1", port, child))) throw new Error(`The second instance on port ${port} did not start`);
  return { baseURL, stop: () => stopProcessGroup(child) };
}
