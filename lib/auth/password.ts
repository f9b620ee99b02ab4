import { randomUUID } from "node:crypto";
import { hash, parseOptions, verify } from "@node-rs/argon2";

// Argon2id with the OWASP Password Storage Cheat Sheet's baseline: m = 19 MiB, t = 2, p = 1
// (https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html). Memory-hard,
// so GPU/ASIC guessing is expensive; ≈ 30 ms per hash on the 2-core machines we run on.
// 2 is Algorithm.Argon2id: the package declares a `const enum`, which isolatedModules cannot read.
const ARGON2ID = 2;
export const PASSWORD_HASH_OPTIONS = {
  algorithm: ARGON2ID,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
  outputLen: 32,
} as const;

export async function hashPassword(password: string): Promise<string> {
  return hash(password, PASSWORD_HASH_OPTIONS);
}

/** The parameters live in the stored hash, so old hashes keep verifying after a policy change. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password);
}

/** True when the hash was made with other parameters than today's; rehash after a good sign-in. */
export function needsRehash(passwordHash: string): boolean {
  const options = parseOptions(passwordHash);
  return (
    options.algorithm !== PASSWORD_HASH_OPTIONS.algorithm ||
    options.memoryCost !== PASSWORD_HASH_OPTIONS.memoryCost ||
    options.timeCost !== PASSWORD_HASH_OPTIONS.timeCost ||
    options.parallelism !== PASSWORD_HASH_OPTIONS.parallelism ||
    options.outputLen !== PASSWORD_HASH_OPTIONS.outputLen
  );
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the same time as a real verification, for an email with no account: otherwise a fast
 * "no such user" answer would tell an attacker which emails are registered. Always false.
 */
export async function verifyDummyPassword(password: string): Promise<false> {
  dummyHash ??= hash(randomUUID(), PASSWORD_HASH_OPTIONS);
  await verify(await dummyHash, password);
  return false;
}
