import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { listInstalledPackages } from "./installed-packages";

describe("listInstalledPackages", () => {
  let root: string;

  beforeEach(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), "glowbook-licences-"));
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  async function writeJson(relativePath: string, value: unknown): Promise<void> {
    await mkdir(path.dirname(path.join(root, relativePath)), { recursive: true });
    await writeFile(path.join(root, relativePath), JSON.stringify(value));
  }

  test("finds plain, scoped and nested packages, skipping links, dot folders and the project", async () => {
    await writeJson("package.json", { name: "glowbook", license: "AGPL-3.0-or-later" });
    await writeJson("node_modules/plain/package.json", { name: "plain", version: "1.0.0", license: "MIT" });
    await writeJson("node_modules/@scope/pkg/package.json", { name: "@scope/pkg", version: "2.0.0", licenses: [{ type: "ISC" }] });
    await writeJson("node_modules/plain/node_modules/inner/package.json", { name: "inner", version: "3.0.0" });
    await writeJson("node_modules/@scope/pkg/node_modules/@deep/x/package.json", { name: "@deep/x", version: "4.0.0", license: "0BSD" });
    await writeJson("node_modules/.cache/thing/package.json", { name: "thing", version: "1.0.0" });
    await mkdir(path.join(root, "node_modules/not-a-package"));
    await writeJson("packages/own/package.json", { name: "own", version: "0.0.0" });
    await symlink(path.join(root, "packages/own"), path.join(root, "node_modules/own"));

    const found = await listInstalledPackages(root);

    expect(found.map(({ name, version, declared, relativePath }) => ({ name, version, declared, relativePath }))).toEqual([
      { name: "@scope/pkg", version: "2.0.0", declared: "ISC", relativePath: "node_modules/@scope/pkg" },
      { name: "@deep/x", version: "4.0.0", declared: "0BSD", relativePath: "node_modules/@scope/pkg/node_modules/@deep/x" },
      { name: "plain", version: "1.0.0", declared: "MIT", relativePath: "node_modules/plain" },
      { name: "inner", version: "3.0.0", declared: null, relativePath: "node_modules/plain/node_modules/inner" },
    ]);
  });

  test("counts a name@version once, dev-only only when every copy is", async () => {
    await writeJson("package-lock.json", {
      packages: {
        "node_modules/a": { dev: true },
        "node_modules/b": { dev: true },
        "node_modules/c/node_modules/b": {},
        "node_modules/c": { dev: true },
      },
    });
    await writeJson("node_modules/a/package.json", { name: "a", version: "1.0.0", license: "MIT" });
    await writeJson("node_modules/b/package.json", { name: "b", version: "1.0.0", license: "MIT" });
    await writeJson("node_modules/c/package.json", { name: "c", version: "1.0.0", license: "MIT" });
    await writeJson("node_modules/c/node_modules/b/package.json", { name: "b", version: "1.0.0", license: "MIT" });

    const found = await listInstalledPackages(root);

    expect(found.map(({ name, devOnly }) => [name, devOnly])).toEqual([
      ["a", true],
      ["b", false],
      ["c", true],
    ]);
  });

  test("refuses a tree with nothing installed rather than passing it", async () => {
    await expect(listInstalledPackages(root)).rejects.toThrow(/No node_modules/);
  });
});
