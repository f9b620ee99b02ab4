import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { readDeclaredLicence, type InstalledPackage } from "./licences";

export type FoundPackage = InstalledPackage & { relativePath: string };

/**
 * Every package installed under root/node_modules, one per name@version, sorted by path. The
 * project itself is not in there; dev-only flags come from package-lock.json.
 */
export async function listInstalledPackages(root: string): Promise<FoundPackage[]> {
  // With nothing installed every check would pass, so an empty tree is an error, not a success.
  if (!existsSync(path.join(root, "node_modules"))) throw new Error(`No node_modules in ${root}: run npm ci first.`);
  const devOnlyPaths = await readDevOnlyPaths(root);
  return dedupe(await listInstalled(root, "node_modules", devOnlyPaths));
}

/** Paths that package-lock.json marks dev-only (needed by no production dependency). */
async function readDevOnlyPaths(root: string): Promise<Set<string>> {
  const text = await readFile(path.join(root, "package-lock.json"), "utf8").catch(ifMissing(null));
  if (text === null) return new Set();
  const lock = JSON.parse(text) as { packages?: Record<string, { dev?: boolean }> };
  return new Set(Object.entries(lock.packages ?? {}).flatMap(([key, entry]) => (entry.dev ? [key] : [])));
}

/**
 * Every package directory under `dir`, scoped (@scope/name) and nested (a/node_modules/b) ones
 * included. Symbolic links are skipped: npm installs registry packages as real directories and
 * links only workspaces and `file:` dependencies, which are the project's own code.
 */
async function listInstalled(root: string, dir: string, devOnlyPaths: Set<string>): Promise<FoundPackage[]> {
  const entries = await readdir(path.join(root, dir), { withFileTypes: true }).catch(ifMissing([]));
  const found: FoundPackage[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory() || entry.name.startsWith(".")) continue;
    const relativePath = `${dir}/${entry.name}`;
    if (entry.name.startsWith("@")) {
      found.push(...(await listInstalled(root, relativePath, devOnlyPaths)));
      continue;
    }
    const manifest = await readManifest(path.join(root, relativePath));
    if (manifest === null) continue;
    found.push({
      name: typeof manifest.name === "string" ? manifest.name : relativePath.replace(/^.*node_modules\//, ""),
      version: typeof manifest.version === "string" ? manifest.version : "?",
      declared: readDeclaredLicence(manifest),
      devOnly: devOnlyPaths.has(relativePath),
      relativePath,
    });
    found.push(...(await listInstalled(root, `${relativePath}/node_modules`, devOnlyPaths)));
  }
  return found;
}

async function readManifest(packageDir: string): Promise<Record<string, unknown> | null> {
  const text = await readFile(path.join(packageDir, "package.json"), "utf8").catch(ifMissing(null));
  return text === null ? null : (JSON.parse(text) as Record<string, unknown>);
}

/** A missing file or folder is an answer; any other read error stops the check. */
function ifMissing<T>(fallback: T): (error: NodeJS.ErrnoException) => T {
  return (error) => {
    if (error.code === "ENOENT") return fallback;
    throw error;
  };
}

/** One entry per name@version; it is dev-only when every installed copy is. */
function dedupe(found: FoundPackage[]): FoundPackage[] {
  const byKey = new Map<string, FoundPackage>();
  for (const pkg of found) {
    const key = `${pkg.name}@${pkg.version}`;
    const seen = byKey.get(key);
    byKey.set(key, seen ? { ...seen, devOnly: seen.devOnly && pkg.devOnly } : pkg);
  }
  return [...byKey.values()].sort((a, b) => (a.relativePath < b.relativePath ? -1 : 1));
}
