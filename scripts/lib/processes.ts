import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import { heartbeat } from "./messages";

export type PortStatus = "free" | "in-use" | "forbidden" | "no-such-address";

/** Binds the port for a moment, exactly as Next will, to learn whether it can be had. */
export function checkPort(host: string, port: number): Promise<PortStatus> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE") resolve("in-use");
      else if (error.code === "EACCES") resolve("forbidden");
      else if (error.code === "EADDRNOTAVAIL" || error.code === "ENOTFOUND") resolve("no-such-address");
      else reject(error);
    });
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve("free")));
  });
}

// Next's own bin, run by this Node: `npx next` would put npx between us and next-server, and
// signalling npx leaves the server running and holding the port.
function nextBin(root: string): string {
  return createRequire(path.join(root, "package.json")).resolve("next/dist/bin/next");
}

/**
 * Runs `next <args>` in its own process group (detached), so stopping it reaches every worker it
 * forks and a terminal's Ctrl-C reaches only us; we then stop it in order.
 */
export function spawnNext(root: string, args: string[], env: NodeJS.ProcessEnv, output: "inherit" | "pipe"): ChildProcess {
  return spawn(process.execPath, [nextBin(root), ...args], {
    cwd: root,
    env,
    detached: true,
    stdio: ["ignore", output, output],
  });
}

/**
 * Runs Glowbook's HTTP server (scripts/serve.ts: Next's handler behind the forwarding-header
 * check and the front door) in its own process group, through tsx's loader whatever runs the
 * caller (npm start, a bench, a Playwright worker).
 */
export function spawnServer(root: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts", "serve.ts"), ...args], {
    cwd: root,
    env,
    detached: true,
    stdio: ["ignore", "inherit", "inherit"],
  });
}

/** `next build` with its output passed through, and a line every few seconds while it is quiet. */
export async function runNextBuild(root: string, env: NodeJS.ProcessEnv, onSpawn: (child: ChildProcess) => void): Promise<number> {
  const child = spawnNext(root, ["build"], env, "pipe");
  onSpawn(child);
  const startedAt = Date.now();
  let lastOutputAt = startedAt;
  const relay = (target: NodeJS.WriteStream) => (chunk: Buffer) => {
    lastOutputAt = Date.now();
    target.write(chunk);
  };
  child.stdout?.on("data", relay(process.stdout));
  child.stderr?.on("data", relay(process.stderr));
  const ticker = setInterval(() => {
    if (Date.now() - lastOutputAt >= 10_000) {
      lastOutputAt = Date.now();
      console.log(heartbeat(Date.now() - startedAt));
    }
  }, 1_000);
  try {
    return await exitCodeOf(child);
  } finally {
    clearInterval(ticker);
  }
}

export function exitCodeOf(child: ChildProcess): Promise<number> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  if (child.signalCode !== null) return Promise.resolve(1);
  return new Promise((resolve) => child.once("exit", (code) => resolve(code ?? 1)));
}

/** SIGTERM to the whole group, wait until every member is gone; SIGKILL whatever is left after the grace period. */
export async function stopProcessGroup(child: ChildProcess, graceMs = 10_000): Promise<void> {
  const group = child.pid;
  if (!group) return;
  signalGroup(group, "SIGTERM");
  const deadline = Date.now() + graceMs;
  while (isGroupAlive(group)) {
    if (Date.now() > deadline) {
      signalGroup(group, "SIGKILL");
      await delay(200);
      return;
    }
    await delay(100);
  }
}

export function signalGroup(group: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-group, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
  }
}

function isGroupAlive(group: number): boolean {
  try {
    process.kill(-group, 0);
    return true;
  } catch {
    return false;
  }
}

/** Resolves true once something accepts connections on host:port, false if `child` exits first. */
export async function waitForPort(host: string, port: number, child: ChildProcess): Promise<boolean> {
  while (child.exitCode === null && child.signalCode === null) {
    if (await canConnect(host, port)) return true;
    await delay(150);
  }
  return false;
}

function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}
