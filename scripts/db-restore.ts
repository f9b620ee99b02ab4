import { readFile } from "node:fs/promises";
import path from "node:path";
import { runningPostmaster } from "@/lib/db/embedded";
import { describeTarget } from "@/lib/db/migrate";
import { describeUnavailable, isDatabaseUnavailable } from "@/lib/errors/unavailable";
import { BackupError, formatOf, restoreSnapshot, restoreWithPgRestore } from "./lib/backup";

// `npm run db:restore -- <file> [--yes]`: puts a backup made by db:backup back. A pg_dump archive
// replaces the contents of DATABASE_URL's database (or the running embedded one) and needs --yes;
// a snapshot replaces the stopped embedded database, keeping the current data beside it.
async function main(): Promise<void> {
  const file = process.argv.slice(2).find((arg) => !arg.startsWith("--"));
  if (!file) throw new BackupError("Name the backup to restore: npm run db:restore -- backups/glowbook-….dump");
  const confirmed = process.argv.includes("--yes");
  const url = process.env.DATABASE_URL?.trim();
  const dataFolder = path.resolve(process.env.GLOWBOOK_DATA_DIR?.trim() || ".data");
  const postgresDir = path.join(dataFolder, "postgres");

  if ((await formatOf(file)) === "snapshot") {
    if (url) throw new BackupError("A snapshot restores the embedded database only: unset DATABASE_URL (or restore a pg_dump archive).");
    const previous = await restoreSnapshot(postgresDir, file);
    console.log(`Restored ${file} into ${postgresDir}; npm start replays it and carries on from there.`);
    if (previous) console.log(`The data it replaced is kept in ${previous}; delete that folder once you are satisfied.`);
    return;
  }
  const target =
    url ?? ((await runningPostmaster(postgresDir)) ? (await readFile(path.join(dataFolder, "database-url"), "utf8")).trim() : null);
  if (!target)
    throw new BackupError("Start Glowbook (npm start) first, or set DATABASE_URL: a pg_dump archive is restored into a running database.");
  if (!confirmed) {
    throw new BackupError(`This replaces everything in ${describeTarget(target)} with ${file}. Run it again with --yes to go ahead.`);
  }
  await restoreWithPgRestore(target, file);
  console.log(`Restored ${file} into ${describeTarget(target)}.`);
}

main().catch((error: unknown) => {
  if (isDatabaseUnavailable(error)) console.error(`Could not reach the database: ${describeUnavailable(error)}`);
  else console.error(error instanceof BackupError ? error.message : error);
  process.exit(1);
});
