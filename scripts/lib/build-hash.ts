import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * What `next build` turns into .next/. When none of it changed since the last successful build,
 * `npm start` reuses that build and starts in seconds.
 */
export const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "proxy.ts",
  "middleware.ts",
  "instrumentation.ts",
  "prisma/schema.prisma",
  "next.config.js",
  "next.config.mjs",
  "next.config.ts",
  "package-lock.json",
  "postcss.config.mjs",
  "postcss.config.js",
  "tailwind.config.ts",
  "tailwind.config.js",
  "tsconfig.json",
];

export const BUILD_HASH_FILE = path.join(".next", "glowbook-build-inputs.sha256");

/** Relative, forward-slash paths. Generated code follows schema.prisma; tests never reach the bundle. */
export function isBuildInput(relativePath: string): boolean {
  const parts = relativePath.split("/");
  if (relativePath.startsWith("lib/db/generated/")) return false;
  if (parts.some((part) => part.startsWith(".") || part === "node_modules")) return false;
  return !/\.test\.(ts|tsx|js|mjs)$/.test(relativePath);
}

/** One digest over every input's path and bytes, in a fixed order. */
export function digestFiles(files: { path: string; content: Buffer | string }[]): string {
  const hash = createHash("sha256");
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    hash.update(file.path).update("\0").update(String(file.content.length)).update("\0").update(file.content);
  }
  return hash.digest("hex");
}

export async function hashBuildInputs(root: string, inputs = BUILD_INPUTS): Promise<string> {
  const paths: string[] = [];
  for (const input of inputs) paths.push(...(await listFiles(root, input)));
  const files = await Promise.all(
    paths.filter(isBuildInput).map(async (file) => ({ path: file, content: await readFile(path.join(root, file)) })),
  );
  return digestFiles(files);
}

async function listFiles(root: string, relative: string): Promise<string[]> {
  const entries = await readdir(path.join(root, relative), { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOTDIR") return null;
    if (error.code === "ENOENT") return [];
    throw error;
  });
  if (entries === null) return [relative];
  const nested = await Promise.all(
    entries.map((entry) => {
      const child = `${relative}/${entry.name}`;
      if (entry.isDirectory()) return listFiles(root, child);
      return Promise.resolve(entry.isFile() ? [child] : []);
    }),
  );
  return nested.flat();
}

/** The recorded hash of the current build, or null when there is no complete build to reuse. */
export async function readBuildHash(root: string): Promise<string | null> {
  if (!existsSync(path.join(root, ".next", "BUILD_ID"))) return null;
  const stored = await readFile(path.join(root, BUILD_HASH_FILE), "utf8").catch(() => null);
  return stored?.trim() || null;
}

export async function writeBuildHash(root: string, hash: string): Promise<void> {
  await mkdir(path.join(root, ".next"), { recursive: true });
  await writeFile(path.join(root, BUILD_HASH_FILE), `${hash}\n`);
}
