import "./lib/server-only-outside-next";
import { MigrationError, describeTarget, migrate } from "@/lib/db/migrate";
import { startWorker } from "@/lib/jobs/worker";

// `npm run worker`: the background worker alone (email delivery, reminders), for deployments that
// run it apart from the web tier. `npm start` runs the same worker in its own process.
async function main(): Promise<void> {
  const connectionString = process.env.DATABASE_URL?.trim();
  if (!connectionString) {
    console.error("Set DATABASE_URL to the app's database (npm start runs the worker by itself).");
    process.exit(1);
  }
  // Same advisory-locked runner as npm start: a no-op when the web tier has already migrated.
  await migrate(connectionString);
  const worker = await startWorker({ connectionString });
  console.log(`Worker running against ${describeTarget(connectionString)}. Press Ctrl-C to stop.`);
  let stopping = false;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      console.log("Stopping the worker…");
      worker.stop().then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(error);
          process.exit(1);
        },
      );
    });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof MigrationError ? error.message : error);
  process.exit(1);
});
