import { chmod, mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, test } from "vitest";
import { ensureClusterDatabase, prepareEmbeddedPostgres, type EmbeddedCluster } from "@/lib/db/embedded";
import { chooseTool, formatOf, restoreSnapshot, snapshotEmbedded } from "@/scripts/lib/backup";

// The embedded cluster's snapshot, round trip: taken while the server runs and writes, restored
// into place, replayed by PostgreSQL on the next start.
const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

async function startCluster(dataDir: string): Promise<{ cluster: EmbeddedCluster; url: string }> {
  const cluster = await prepareEmbeddedPostgres({ dataDir });
  await cluster.start();
  cleanup.push(() => cluster.stop());
  return { cluster, url: await ensureClusterDatabase(cluster, "glowbook") };
}

describe("db:backup and db:restore of the embedded database", () => {
  test("a snapshot taken while the server runs restores exactly what was there, and keeps the replaced data", async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), "glowbook-backup-"));
    await chmod(folder, 0o755);
    cleanup.push(() => rm(folder, { recursive: true, force: true }));
    const dataDir = path.join(folder, "postgres");
    const first = await startCluster(dataDir);
    await query(
      first.url,
      "CREATE TABLE visit (id int PRIMARY KEY, note text); INSERT INTO visit SELECT g, 'before ' || g FROM generate_series(1, 500) g",
    );
    const file = path.join(folder, "snapshot.tar.gz");
    await snapshotEmbedded(dataDir, first.url, file);
    expect(await formatOf(file)).toBe("snapshot");
    await query(first.url, "INSERT INTO visit VALUES (501, 'after the backup'); DELETE FROM visit WHERE id <= 10");

    await expect(restoreSnapshot(dataDir, file)).rejects.toThrow(/stop it/);
    await first.cluster.stop();
    const previous = await restoreSnapshot(dataDir, file);
    expect(previous).toMatch(/postgres\.before-restore-/);
    expect((await readdir(folder)).filter((entry) => entry.includes("restoring"))).toEqual([]);

    const restored = await startCluster(dataDir);
    const rows = await query(restored.url, "SELECT count(*)::int AS n, min(id) AS first, max(id) AS last FROM visit");
    expect(rows[0]).toEqual({ n: 500, first: 1, last: 500 });
  }, 60_000);
});

describe("chooseTool", () => {
  const tools = [
    { path: "/usr/lib/postgresql/15/bin/pg_dump", major: 15 },
    { path: "/opt/pg18/bin/pg_dump", major: 18 },
    { path: "pg_dump", major: 17 },
  ];
  test.each([
    [15, "/opt/pg18/bin/pg_dump"],
    [18, "/opt/pg18/bin/pg_dump"],
    [19, null],
  ])("for a PostgreSQL %i server: %s", (server, expected) => {
    expect(chooseTool(tools, server)?.path ?? null).toBe(expected);
  });
});
