import os from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(__dirname),
  // `server-only` throws outside a React Server Components bundle; tests import server modules.
  "server-only": path.resolve(__dirname, "node_modules/server-only/empty.js"),
};

// Vitest's default is one worker fewer than the cores: on a 2-core CI machine, one worker. Both
// suites below are built to run in parallel (pure functions; one database per worker), so they use
// every core (docs/decisions/0037-test-workers.md).
const cores = os.availableParallelism();

const FAULT_SUITE = "tests/integration/faults-processes.test.ts";

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: [
            "lib/**/*.test.ts",
            "components/**/*.test.{ts,tsx}",
            "scripts/**/*.test.ts",
            "tests/support/**/*.test.ts",
            "bench/lib/**/*.test.ts",
          ],
          environment: "node",
          setupFiles: ["tests/support/fail-on-console-error.ts"],
          maxWorkers: cores,
          // Pure rules need no fresh module graph per file: without it the suite runs about 4×
          // faster. A test that depends on process-wide state resets that state itself.
          isolate: false,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          exclude: [FAULT_SUITE],
          environment: "node",
          globalSetup: ["tests/support/global-setup.ts"],
          setupFiles: ["tests/support/fail-on-console-error.ts", "tests/support/worker-database.ts"],
          maxWorkers: cores,
          testTimeout: 30_000,
          hookTimeout: 60_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        resolve: { alias },
        test: {
          // npm start under faults: it may build the app and kills processes, so it runs alone,
          // after the other integration tests (npm run test:integration runs both).
          name: "faults",
          include: [FAULT_SUITE],
          environment: "node",
          setupFiles: ["tests/support/fail-on-console-error.ts"],
          testTimeout: 120_000,
          hookTimeout: 60_000,
          sequence: { groupOrder: 1 },
        },
      },
      {
        resolve: { alias },
        test: {
          // The fuzz suite (issue 14): bad input at every route handler and server action of the
          // built app (npm start), after the fault suite, whose build it reuses.
          name: "fuzz",
          include: ["tests/fuzz/**/*.test.ts"],
          environment: "node",
          setupFiles: ["tests/support/fail-on-console-error.ts"],
          testTimeout: 600_000,
          hookTimeout: 480_000,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
