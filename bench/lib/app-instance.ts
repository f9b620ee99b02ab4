import type { ChildProcess } from "node:child_process";
import { spawnServer, waitForPort } from "../../scripts/lib/processes";

/** The secret the benchmarks sign session cookies with; the instances they start use it too. */
export const BENCH_SECRET = "bench-secret-0123456789abcdef0123456789abcdef";

/** One app instance (scripts/serve.ts, as `npm start` serves it) on `port`, started and listening. */
export async function startAppInstance(root: string, port: number, databaseUrl: string): Promise<ChildProcess> {
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: BENCH_SECRET,
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const child = spawnServer(root, ["--port", String(port), "--hostname", "127.0.0.1"], env);
  if (!(await waitForPort("127.0.0.1", port, child))) throw new Error(`The app on port ${port} did not start`);
  return child;
}
