import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, expect, test } from "vitest";
import { readOrCreateSecret } from "./secret";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "glowbook-secret-"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

test("is generated once, readable only by its owner, and reused", async () => {
  const file = path.join(dir, "data", "nextauth-secret");
  const secret = await readOrCreateSecret(file);

  expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect((await stat(file)).mode & 0o777).toBe(0o600);
  expect(await readOrCreateSecret(file)).toBe(secret);
});

test("an empty file left by a crash is replaced", async () => {
  const file = path.join(dir, "nextauth-secret");
  await writeFile(file, "\n", { mode: 0o644 });

  const secret = await readOrCreateSecret(file);

  expect(secret).toHaveLength(43);
  expect((await readFile(file, "utf8")).trim()).toBe(secret);
  expect((await stat(file)).mode & 0o777).toBe(0o600);
});

test("starts racing on one data folder agree on one secret", async () => {
  const file = path.join(dir, "nextauth-secret");
  const secrets = await Promise.all([readOrCreateSecret(file), readOrCreateSecret(file), readOrCreateSecret(file)]);
  expect(new Set(secrets).size).toBe(1);
});
