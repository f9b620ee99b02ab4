import { createHash } from "node:crypto";

/** The hash an applied row is remembered by: its mapped, normalised values (not its position in the file). */
export function rowHash(kind: string, value: unknown): string {
  return createHash("sha256").update(kind).update("\0").update(JSON.stringify(value)).digest("hex");
}
