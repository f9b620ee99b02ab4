import { randomBytes } from "node:crypto";
import { chmod, link, mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * The local NEXTAUTH_SECRET: generated on the first start and kept (mode 600) next to the
 * database it belongs to, so sessions survive restarts and deleting the data folder resets both.
 */
export async function readOrCreateSecret(file: string): Promise<string> {
  const existing = await readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return null;
    throw error;
  });
  if (existing?.trim()) {
    await chmod(file, 0o600);
    return existing.trim();
  }
  const secret = randomBytes(32).toString("base64url");
  await mkdir(path.dirname(file), { recursive: true });
  // Written in full under a private name, then published in one step: a start racing this one
  // sees either no file or the whole secret, never an empty file it would replace.
  const draft = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  await writeFile(draft, `${secret}\n`, { mode: 0o600 });
  try {
    if (existing === null) await link(draft, file);
    else await rename(draft, file); // an empty file left by a crash is replaced
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return readOrCreateSecret(file);
    throw error;
  } finally {
    await rm(draft, { force: true });
  }
  return secret;
}
