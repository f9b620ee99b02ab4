import { MigrationError, describeTarget, migrate } from "@/lib/db/migrate";

// `npm run db:migrate`: applies pending prisma/migrations to DATABASE_URL, the same way
// `npm start` does, and says what it applied. Exit code 1 on any failure.
async function main(): Promise<void> {
  const url = process.env.DATABASE_URL?.trim();
  if (!url) {
    console.error("Set DATABASE_URL to the database to migrate (npm start migrates its embedded database by itself).");
    process.exit(1);
  }
  const result = await migrate(url);
  if (result.applied.length === 0) {
    console.log(`Nothing to apply: ${describeTarget(url)} has all ${result.alreadyApplied} migrations.`);
    return;
  }
  console.log(`Applied to ${describeTarget(url)}:`);
  for (const name of result.applied) console.log(`  ${name}`);
  console.log(`${result.applied.length} applied, ${result.alreadyApplied} already there.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof MigrationError ? error.message : error);
  process.exit(1);
});
