import { mkdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { runningPostmaster } from "@/lib/db/embedded";
import { describeTarget } from "@/lib/db/migrate";
import { describeUnavailable, isDatabaseUnavailable } from "@/lib/errors/unavailable";
import { BackupError, dumpWithPgDump, snapshotEmbedded } from "./lib/backup";

// `npm run db:backup [file]`: DATABASE_URL's database with pg_dump, or, without DATABASE_URL, the
// embedded database (running or stopped): with pg_dump when one new enough is installed, else as a
// snapshot of its data folder. The README's "Backups" section says how to keep and restore them.
async function main(): Promise<void> {
  const url = process.env.DATABASE_URL?.trim();
  const requested = process.argv[2];
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const fileFor = (extension: string) => path.resolve(requested ?? path.join("backups", `glowbook-${stamp}${extension}`));
  await mkdir(path.dirname(fileFor("")), { recursive: true });
  if (url) {
    const file = fileFor(".dump");
    const tool = await dumpWithPgDump(url, file);
    if (!tool) throw new BackupError(noPgDump(describeTarget(url)));
    return done(file, `pg_dump ${tool.major}`);
  }
  const dataFolder = path.resolve(process.env.GLOWBOOK_DATA_DIR?.trim() || ".data");
  const postgresDir = path.join(dataFolder, "postgres");
  const running = (await runningPostmaster(postgresDir)) !== null;
  const embeddedUrl = running ? (await readFile(path.join(dataFolder, "database-url"), "utf8")).trim() : null;
  if (embeddedUrl) {
    const file = fileFor(".dump");
    const tool = await dumpWithPgDump(embeddedUrl, file);
    if (tool) return done(file, `pg_dump ${tool.major}`);
  }
  const file = fileFor(".tar.gz");
  await snapshotEmbedded(postgresDir, embeddedUrl, file);
  await done(file, running ? "an online snapshot of the embedded database" : "a copy of the stopped embedded database");
}

function noPgDump(target: string): string {
  return `No pg_dump here is as new as the server of ${target}; install that PostgreSQL version's client tools (or set PG_BIN to their bin folder) and run this again.`;
}

async function done(file: string, how: string): Promise<void> {
  const { size } = await stat(file);
  console.log(`Backed up to ${file} (${(size / 1024 / 1024).toFixed(1)} MB, ${how}).`);
  const shown = file.startsWith(process.cwd() + path.sep) ? path.relative(process.cwd(), file) : file;
  console.log(`Restore with: npm run db:restore -- ${shown}`);
}

main().catch((error: unknown) => {
  if (isDatabaseUnavailable(error)) console.error(`Could not reach the database: ${describeUnavailable(error)}`);
  else console.error(error instanceof BackupError ? error.message : error);
  process.exit(1);
});
