import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { waitFor } from "./wait-for";

/**
 * Real processes for the fault suite: `npm start` as a person runs it (scripts/start.ts), its
 * children found by pid in /proc, and SIGKILL by pid. Linux only, like the machines it runs on.
 */

export type ProcessInfo = { pid: number; ppid: number; commandLine: string };

function readProcess(pid: number): ProcessInfo | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name may hold spaces and parentheses; the fields after its last ")" do not.
    const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    const commandLine = readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ").trim();
    return { pid, ppid, commandLine };
  } catch {
    return null;
  }
}

/** Every live descendant of `pid`. */
export function descendantsOf(pid: number): ProcessInfo[] {
  const all = readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .map((entry) => readProcess(Number(entry)))
    .filter((info): info is ProcessInfo => info !== null);
  const found: ProcessInfo[] = [];
  const parents = new Set([pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const info of all) {
      if (parents.has(info.ppid) && !parents.has(info.pid)) {
        parents.add(info.pid);
        found.push(info);
        grew = true;
      }
    }
  }
  return found;
}

/** The one descendant whose command line matches, or undefined. */
export function findDescendant(pid: number, pattern: RegExp): ProcessInfo | undefined {
  return descendantsOf(pid).find((info) => pattern.test(info.commandLine));
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function killHard(pid: number): void {
  try {
    process.kill(pid, "SIGKILL");
  } catch {
    // Already gone.
  }
}

/** The postmaster's pid from its data folder. */
export function postmasterPid(postgresDir: string): number {
  return Number(readFileSync(path.join(postgresDir, "postmaster.pid"), "utf8").split("\n")[0]);
}

export type StartedApp = { child: ChildProcess; output: () => string; exited: Promise<number | null> };

/**
 * `npm start` (scripts/start.ts, as a process manager runs it) with these variables over this
 * process's (undefined removes one); its output is kept.
 */
export function startGlowbook(overrides: Record<string, string | undefined>): StartedApp {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const [name, value] of Object.entries(overrides)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    cwd: process.cwd(),
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** Waits for a line in the app's output (the build on a fresh machine makes the first start slow). */
export function waitForOutput(app: StartedApp, pattern: RegExp, timeoutMs: number): Promise<string> {
  return waitFor(app.output, {
    until: (text) => pattern.test(text) || app.child.exitCode !== null,
    show: (text) => text.split("\n").slice(-15).join("\n"),
    description: `npm start to print ${pattern}`,
    timeoutMs,
    intervalMs: 100,
  }).then((text) => {
    if (!pattern.test(text)) throw new Error(`npm start exited (${app.child.exitCode}) before printing ${pattern}:\n${text}`);
    return text;
  });
}
