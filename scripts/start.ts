import { spawn } from "node:child_process";
import path from "node:path";

/**
 * `npm start` (`npm run dev` passes --dev) — a small supervisor. The real work, scripts/lib/app.ts,
 * runs in a session of its own: a terminal's Ctrl-C signals the whole foreground process group,
 * which would otherwise stop PostgreSQL (a child of ours) while Next is still serving. Here only
 * this process hears it and asks the app to stop in order: Next, the worker, then PostgreSQL.
 * If the app dies without doing so, the process groups it reported are stopped from here; if this
 * process dies, the app notices its IPC channel closing and stops itself (0002-start-script.md).
 */

// Same Node, same flags (tsx's loader), so the app starts as this script did.
const app = spawn(
  process.execPath,
  [...process.execArgv, path.join(path.dirname(process.argv[1]!), "lib", "app.ts"), ...process.argv.slice(2)],
  { detached: true, stdio: ["ignore", "inherit", "inherit", "ipc"] },
);

const reportedGroups = new Set<number>();
app.on("message", (message: unknown) => {
  const group = (message as { processGroup?: unknown } | null)?.processGroup;
  if (typeof group === "number") reportedGroups.add(group);
});

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    if (app.exitCode === null) app.kill("SIGTERM");
  });
}

app.on("error", (error) => {
  console.error(`Could not start Glowbook: ${error.message}`);
  process.exit(1);
});

app.on("exit", (code) => {
  if (code === null) {
    // Killed before it could clean up: fast shutdown for PostgreSQL (in the app's own group),
    // SIGTERM for Next and its workers.
    signalGroup(app.pid, "SIGINT");
    for (const group of reportedGroups) signalGroup(group, "SIGTERM");
  }
  process.exit(code ?? 1);
});

function signalGroup(group: number | undefined, signal: NodeJS.Signals): void {
  if (!group) return;
  try {
    process.kill(-group, signal);
  } catch {
    // Already gone.
  }
}
