import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * What the fuzz suite probes, found from the code so a new route handler or server action is
 * covered without editing the suite: every app/**\/route.ts with the HTTP methods it exports, and
 * every export of every app/**\/actions.ts, matched to the id Next gave it in the build's
 * server-reference manifest and to a page that can receive it.
 */

const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export type RouteHandler = { file: string; pattern: string; methods: HttpMethod[]; dynamic: string[] };
export type ServerActionRef = { file: string; name: string; id: string; page: string };

function filesNamed(root: string, name: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === name) found.push(full);
    }
  };
  walk(root);
  return found.sort();
}

/** `app/api/v1/photos/[photoId]/route.ts` → `/api/v1/photos/[photoId]` (route groups dropped). */
function urlPattern(appDir: string, file: string): string {
  const segments = path.relative(appDir, path.dirname(file)).split(path.sep).filter(Boolean);
  return "/" + segments.filter((segment) => !/^\(.*\)$/.test(segment)).join("/");
}

export function discoverRouteHandlers(root: string): RouteHandler[] {
  const appDir = path.join(root, "app");
  return filesNamed(appDir, "route.ts").map((file) => {
    const source = readFileSync(file, "utf8");
    const methods = HTTP_METHODS.filter((method) =>
      new RegExp(`export\\s+(async\\s+)?(function|const)\\s+${method}\\b|export\\s+(const\\s+)?\\{[^}]*\\b${method}\\b[^}]*\\}`).test(
        source,
      ),
    );
    const pattern = urlPattern(appDir, file);
    const dynamic = [...pattern.matchAll(/\[(?:\.\.\.)?([^\]]+)\]/g)].map((match) => match[1]!);
    return { file: path.relative(root, file), pattern, methods, dynamic };
  });
}

/** Every exported name of every app/**\/actions.ts ("use server" files export only actions). */
export function discoverActionExports(root: string): { file: string; name: string }[] {
  const appDir = path.join(root, "app");
  return filesNamed(appDir, "actions.ts").flatMap((file) => {
    const source = readFileSync(file, "utf8");
    const names = [...source.matchAll(/export\s+(?:const|async\s+function|function)\s+([A-Za-z0-9_$]+)/g)].map((match) => match[1]!);
    return names.map((name) => ({ file: path.relative(root, file), name }));
  });
}

type ManifestEntry = { workers: Record<string, unknown>; filename?: string; exportedName?: string };

/**
 * The build's action ids, one per exported action, each with a page (from the entries whose
 * bundle holds it) to POST it to. Throws when an action in the code has no id in the build: then
 * the build is stale or the action is not reachable, and the suite must not silently skip it.
 */
export function resolveActions(root: string, exports: { file: string; name: string }[]): ServerActionRef[] {
  const manifest = JSON.parse(readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, ManifestEntry>;
  };
  const byName = new Map<string, { id: string; entry: ManifestEntry }>();
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (entry.filename && entry.exportedName) byName.set(`${entry.filename}#${entry.exportedName}`, { id, entry });
  }
  return exports.map(({ file, name }) => {
    const found = byName.get(`${file}#${name}`);
    if (!found) throw new Error(`No action id for ${file}#${name} in the build: rebuild, or export only actions from ${file}.`);
    const page = Object.keys(found.entry.workers)
      .map((worker) => worker.replace(/^app/, "").replace(/\/page$/, "") || "/")
      .filter((worker) => !worker.includes("/route") && !worker.includes("(") && !worker.startsWith("/_"))
      .sort((a, b) => a.length - b.length)[0];
    if (!page) throw new Error(`No page receives ${file}#${name}.`);
    return { file, name, id: found.id, page };
  });
}
