import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db as sharedDb, type Db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/errors/postgres";
import { actorSelect, toActor } from "./commands";
import type { Actor } from "./policy";

/** How long the link in a sign-up confirmation email works. */
export const SIGN_UP_LINK_TTL_MS = 24 * 60 * 60_000;

/** A fresh link token (256 random bits) and the hash that is stored. */
export function newSignUpToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashSignUpToken(token) };
}

export function hashSignUpToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * The link from a sign-up confirmation email was used: the request is taken (once) and the CLIENT
 * account created from it. Null when the link is unknown, used or expired, or when the address got
 * an account meanwhile (another request confirmed first): the page then says the link is no longer
 * valid and offers to sign in. Every request for the address goes with it, so an older link
 * cannot be used afterwards.
 */
export async function confirmSignUp(token: string, options: { now?: Date; db?: Db } = {}): Promise<Actor | null> {
  const { now = new Date(), db = sharedDb } = options;
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  try {
    return await db.$transaction(async (tx) => {
      const taken = await tx.signUpRequest.findUnique({ where: { tokenHash: hashSignUpToken(token) } });
      if (!taken || taken.expiresAt <= now) return null;
      await tx.signUpRequest.deleteMany({ where: { email: taken.email } });
      const user = await tx.user.create({
        data: { email: taken.email, name: taken.name, phone: taken.phone, role: "CLIENT", passwordHash: taken.passwordHash },
        select: actorSelect,
      });
      return toActor(user);
    });
  } catch (error) {
    if (isUniqueViolation(error)) return null;
    throw error;
  }
}
