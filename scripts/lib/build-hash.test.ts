import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { digestFiles, hashBuildInputs, isBuildInput, readBuildHash, writeBuildHash } from "./build-hash";

describe("isBuildInput", () => {
  test.each([
    ["app/page.tsx", true],
    ["lib/catalog/queries.ts", true],
    ["components/ui/TextField.tsx", true],
    ["proxy.ts", true],
    ["lib/db/generated/client.ts", false],
    ["lib/scheduling/slots.test.ts", false],
    ["components/layout/navigation.test.tsx", false],
    ["app/.DS_Store", false],
    ["lib/x/node_modules/y.js", false],
  ])("%s → %s", (file, expected) => {
    expect(isBuildInput(file)).toBe(expected);
  });
});

describe("digestFiles", () => {
  const a = { path: "app/a.ts", content: "export const a = 1;" };
  const b = { path: "app/b.ts", content: "export const b = 2;" };

  test("does not depend on listing order", () => {
    expect(digestFiles([a, b])).toBe(digestFiles([b, a]));
  });

  test.each([
    ["a changed byte", [{ ...a, content: "export const a = 2;" }, b]],
    ["a renamed file", [{ ...a, path: "app/c.ts" }, b]],
    ["a removed file", [a]],
    [
      "content moved between files",
      [
        { ...a, content: "export const a = 1;export" },
        { ...b, content: " const b = 2;" },
      ],
    ],
  ])("changes with %s", (_, files) => {
    expect(digestFiles(files)).not.toBe(digestFiles([a, b]));
  });
});

describe("hashBuildInputs and the stored hash", () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), "glowbook-build-hash-"));
    await mkdir(path.join(root, "app"), { recursive: true });
    await mkdir(path.join(root, "lib/db/generated"), { recursive: true });
    await writeFile(path.join(root, "app/page.tsx"), "export default function Page() {}");
    await writeFile(path.join(root, "next.config.js"), "module.exports = {};");
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  test("follows sources and config, ignores generated code and tests", async () => {
    const first = await hashBuildInputs(root);
    await writeFile(path.join(root, "lib/db/generated/client.ts"), "// regenerated");
    await writeFile(path.join(root, "app/page.test.tsx"), "// a test");
    expect(await hashBuildInputs(root)).toBe(first);

    await writeFile(path.join(root, "next.config.js"), "module.exports = { poweredByHeader: false };");
    const second = await hashBuildInputs(root);
    expect(second).not.toBe(first);
    await writeFile(path.join(root, "app/new.tsx"), "export {};");
    expect(await hashBuildInputs(root)).not.toBe(second);
  });

  test("a stored hash counts only next to a complete build", async () => {
    await writeBuildHash(root, "abc123");
    expect(await readBuildHash(root)).toBeNull();
    await writeFile(path.join(root, ".next", "BUILD_ID"), "build-1");
    expect(await readBuildHash(root)).toBe("abc123");
  });
});
