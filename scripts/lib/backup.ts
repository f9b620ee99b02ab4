import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, chown, copyFile, mkdir, mkdtemp, open, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { runningPostmaster } from "@/lib/db/embedded";

/**
 * `npm run db:backup` / `db:restore` (docs/decisions/0017). Two formats:
 * - a pg_dump archive (custom format) whenever a pg_dump at least as new as the server is found
 *   (PG_BIN, Debian's /usr/lib/postgresql/<n>/bin, or PATH): any PostgreSQL, managed ones included;
 * - for the embedded database when no such pg_dump exists (the embedded package ships the server,
 *   not the client tools), a snapshot of its data folder taken with PostgreSQL's own online backup
 *   (pg_backup_start/stop) and the WAL to replay, packed with tar: restored by moving it into place.
 */
const run = promisify(execFile);

export class BackupError extends Error {
  override name = "BackupError";
}

export type Tool = { path: string; major: number };

/** The candidates' majors: the newest one at least as new as the server (pg_dump refuses older servers only). */
export function chooseTool(candidates: Tool[], serverMajor: number): Tool | null {
  const usable = candidates.filter((tool) => tool.major >= serverMajor).sort((a, b) => b.major - a.major);
  return usable[0] ?? null;
}

/** pg_dump or pg_restore binaries that exist here, with their major versions. */
export async function findTools(name: "pg_dump" | "pg_restore", env: NodeJS.ProcessEnv = process.env): Promise<Tool[]> {
  const paths = new Set<string>();
  if (env.PG_BIN) paths.add(path.join(env.PG_BIN, name));
  const debian = "/usr/lib/postgresql";
  for (const version of await readdir(debian).catch(() => [] as string[])) paths.add(path.join(debian, version, "bin", name));
  paths.add(name);
  const tools: Tool[] = [];
  for (const candidate of paths) {
    const { stdout } = await run(candidate, ["--version"]).catch(() => ({ stdout: "" }));
    const major = Number(/\(PostgreSQL\)\s+(\d+)/.exec(stdout)?.[1]);
    if (major) tools.push({ path: candidate, major });
  }
  return tools;
}

async function serverMajor(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ server_version_num: string }>("SHOW server_version_num");
    return Math.floor(Number(rows[0]!.server_version_num) / 10_000);
  } finally {
    await client.end();
  }
}

/** A pg_dump archive of the database at `url`, or null when no pg_dump here can dump that server. */
export async function dumpWithPgDump(url: string, file: string): Promise<Tool | null> {
  const tool = chooseTool(await findTools("pg_dump"), await serverMajor(url));
  if (!tool) return null;
  await run(tool.path, ["--format=custom", "--no-owner", "--no-acl", `--file=${file}`, url], { maxBuffer: 16 * 1024 * 1024 });
  return tool;
}

// Never copied: they describe the running server, not its data (PostgreSQL's backup docs list them).
const SKIPPED = new Set([
  "postmaster.pid",
  "postmaster.opts",
  "pg_wal",
  "pg_replslot",
  "pg_stat_tmp",
  "pg_dynshmem",
  "pg_notify",
  "pg_serial",
  "pg_snapshots",
  "pg_subtrans",
]);

/**
 * A snapshot of the embedded cluster in `postgresDir`. While it runs (`url` given), PostgreSQL is
 * told a backup is under way, the files are copied, and the WAL written meanwhile is added with
 * the backup_label that tells the restored server where to replay from. Stopped, a plain copy is
 * already consistent.
 */
export async function snapshotEmbedded(postgresDir: string, url: string | null, file: string): Promise<void> {
  const staging = await mkdtemp(`${postgresDir}.backup-`);
  try {
    if (url) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query("SELECT pg_backup_start('glowbook db:backup', true)");
        await copyTree(postgresDir, staging, SKIPPED);
        const { rows } = await client.query<{ labelfile: string; spcmapfile: string | null }>(
          "SELECT labelfile, spcmapfile FROM pg_backup_stop(false)",
        );
        await writeFile(path.join(staging, "backup_label"), rows[0]!.labelfile);
        if (rows[0]!.spcmapfile) await writeFile(path.join(staging, "tablespace_map"), rows[0]!.spcmapfile);
      } finally {
        await client.end();
      }
    } else {
      await copyTree(postgresDir, staging, SKIPPED);
    }
    // Every directory PostgreSQL expects, empty where its contents were skipped, then the WAL.
    for (const dir of SKIPPED) if (!dir.includes(".")) await mkdir(path.join(staging, dir), { recursive: true });
    await copyTree(path.join(postgresDir, "pg_wal"), path.join(staging, "pg_wal"), new Set(["archive_status"]));
    await mkdir(path.join(staging, "pg_wal", "archive_status"), { recursive: true });
    // As root, what was written here belongs to root; the server's own user must own all of it.
    if (process.getuid?.() === 0) {
      const { uid, gid } = await stat(postgresDir);
      await run("chown", ["-R", `${uid}:${gid}`, staging]);
    }
    await run("tar", ["-czf", file, "-C", staging, "."]);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** Copies files as they are now; one removed while copying (the server goes on) is skipped. */
async function copyTree(from: string, to: string, skip: Set<string>): Promise<void> {
  await mkdir(to, { recursive: true });
  await chmod(to, (await stat(from)).mode & 0o7777);
  for (const entry of await readdir(from, { withFileTypes: true })) {
    if (skip.has(entry.name)) continue;
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    try {
      if (entry.isDirectory()) await copyTree(source, target, new Set());
      else if (entry.isFile()) {
        await copyFile(source, target);
        await chmod(target, (await stat(source)).mode & 0o7777);
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
  }
}

export type BackupFormat = "pg_dump" | "snapshot";

/** pg_dump's custom archives start with "PGDMP"; snapshots are gzip'd tar files. */
export async function formatOf(file: string): Promise<BackupFormat> {
  const handle = await open(file, "r");
  try {
    const { buffer } = await handle.read(Buffer.alloc(5), 0, 5, 0);
    if (buffer.toString("latin1") === "PGDMP") return "pg_dump";
    if (buffer[0] === 0x1f && buffer[1] === 0x8b) return "snapshot";
  } finally {
    await handle.close();
  }
  throw new BackupError(`${file} is neither a pg_dump archive nor a Glowbook snapshot.`);
}

/** Replaces the contents of the database at `url` with a pg_dump archive, in one transaction. */
export async function restoreWithPgRestore(url: string, file: string): Promise<void> {
  const tool = chooseTool(await findTools("pg_restore"), await serverMajor(url));
  if (!tool)
    throw new BackupError(
      "No pg_restore here can restore into this server; install PostgreSQL's client tools of the server's version or newer (or set PG_BIN).",
    );
  await run(tool.path, ["--clean", "--if-exists", "--no-owner", "--no-acl", "--single-transaction", `--dbname=${url}`, file], {
    maxBuffer: 16 * 1024 * 1024,
  });
}

/**
 * Puts a snapshot in place of the embedded cluster, which must be stopped. The current data is
 * kept beside it (returned), never deleted; the snapshot is unpacked next to it and renamed into
 * place in one step, so an interrupted restore leaves the old data where it was.
 */
export async function restoreSnapshot(postgresDir: string, file: string): Promise<string | null> {
  if (await runningPostmaster(postgresDir)) throw new BackupError("Glowbook is running on this data: stop it (Ctrl-C) before restoring.");
  const unpacked = `${postgresDir}.restoring-${process.pid}`;
  await rm(unpacked, { recursive: true, force: true });
  await mkdir(unpacked, { recursive: true });
  try {
    await run("tar", ["-xzf", file, "-C", unpacked]);
    if (!existsSync(path.join(unpacked, "PG_VERSION"))) throw new BackupError(`${file} holds no PostgreSQL data folder.`);
    const { uid, gid } = await stat(path.join(unpacked, "PG_VERSION"));
    if (process.getuid?.() === 0) await chown(unpacked, uid, gid);
    await chmod(unpacked, 0o700);
    let previous: string | null = null;
    if (existsSync(postgresDir)) {
      previous = `${postgresDir}.before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}`;
      await rename(postgresDir, previous);
    }
    await rename(unpacked, postgresDir);
    return previous;
  } catch (error) {
    await rm(unpacked, { recursive: true, force: true });
    throw error;
  }
}
