import type { ChildProcess } from "node:child_process";
import { hashBuildInputs, readBuildHash, writeBuildHash } from "./build-hash";
import { buildReason, formatSeconds } from "./messages";
import { runNextBuild } from "./processes";

/**
 * Builds the app unless the last successful build was made from the same inputs. Shared by
 * `npm start` and the benchmarks. Returns a line saying what happened.
 */
export async function ensureCurrentBuild(
  root: string,
  databaseUrl: string,
  options: { onSpawn?: (child: ChildProcess | null) => void; log?: (line: string) => void } = {},
): Promise<void> {
  const log = options.log ?? console.log;
  // Hash before building: a file edited during the build then triggers a rebuild next time.
  const [hash, stored] = await Promise.all([hashBuildInputs(root), readBuildHash(root)]);
  if (hash === stored) return log("✓ Using the existing build (the code has not changed)");
  log(buildReason(stored));
  const began = Date.now();
  // Next tries to prerender every page; one that reads data may query before it reaches the
  // session lookup that makes it dynamic, so the build needs the database too (0002).
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1" };
  if (process.stdout.isTTY) env.FORCE_COLOR ??= "1";
  const code = await runNextBuild(root, env, (child) => options.onSpawn?.(child));
  options.onSpawn?.(null);
  if (code !== 0) throw new BuildFailedError("The build failed; the messages above say why.");
  await writeBuildHash(root, hash);
  log(`✓ Built in ${formatSeconds(Date.now() - began)}`);
}

export class BuildFailedError extends Error {
  override name = "BuildFailedError";
}
