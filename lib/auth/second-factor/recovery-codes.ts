import { createHash, randomBytes } from "node:crypto";

/**
 * Recovery codes: ten single-use codes of 80 random bits each, shown once. With that much
 * entropy a fast hash (SHA-256) is enough to store them, as for API tokens: there is nothing to
 * guess offline. Crockford's base32 avoids look-alikes; typing is forgiving (any case, spaces or
 * dashes, O for 0, I or L for 1).
 */
export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const CODE_LENGTH = 16;

export function generateRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const bytes = randomBytes(CODE_LENGTH);
    const chars = [...bytes].map((byte) => ALPHABET[byte % 32]).join("");
    return chars.match(/.{4}/g)!.join("-");
  });
}

/** The canonical form of what someone typed, or null when it cannot be a recovery code. */
export function normaliseRecoveryCode(input: string): string | null {
  const compact = input.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
  return compact.length === CODE_LENGTH && [...compact].every((c) => ALPHABET.includes(c)) ? compact : null;
}

export function hashRecoveryCode(code: string): string | null {
  const normalised = normaliseRecoveryCode(code);
  return normalised ? createHash("sha256").update(normalised).digest("hex") : null;
}
