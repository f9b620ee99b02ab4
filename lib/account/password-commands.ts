import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { hashPassword } from "@/lib/auth/password";
import { passwordContainsEmail, messages, type SetPasswordData } from "@/lib/auth/schema";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { hashPasswordToken, tokenState, type TokenState } from "./password-token";

const REFUSED: Record<Exclude<TokenState, "usable">, string> = {
  used: "This link has already been used. Sign in with your password, or ask the spa for a new link.",
  expired: "This link has expired. Please ask the spa to send you a new one.",
  unknown: "This link is not valid. Please check it was copied whole, or ask the spa for a new one.",
};

/** What the set-password page shows before anything is typed: whether the link still works, and for whom. */
export async function checkPasswordToken(token: string, now = new Date()): Promise<{ state: TokenState; name: string | null }> {
  const row = /^[A-Za-z0-9_-]{43}$/.test(token)
    ? await db.passwordToken.findUnique({
        where: { tokenHash: hashPasswordToken(token) },
        select: { usedAt: true, expiresAt: true, user: { select: { name: true } } },
      })
    : null;
  const state = tokenState(row, now);
  return { state, name: state === "usable" ? (row?.user.name ?? null) : null };
}

export function tokenRefusal(state: TokenState): string | null {
  return state === "usable" ? null : REFUSED[state];
}

/**
 * Sets the password through a single-use link: the token row is locked, checked (unused,
 * unexpired) and spent in the transaction that stores the password hash, so two clicks cannot
 * both succeed. Public (the link is the credential); audited as the client.
 */
export async function setPasswordWithToken(input: SetPasswordData, now = new Date()): Promise<{ email: string }> {
  const tokenHash = hashPasswordToken(input.token);
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM password_token WHERE token_hash = ${tokenHash} FOR UPDATE`;
    const row = locked
      ? await tx.passwordToken.findUniqueOrThrow({
          where: { id: locked.id },
          select: {
            id: true,
            usedAt: true,
            expiresAt: true,
            user: { select: { id: true, email: true, passwordHash: true, mergedIntoId: true } },
          },
        })
      : null;
    const state = row?.user.passwordHash || row?.user.mergedIntoId ? "used" : tokenState(row, now);
    if (state !== "usable" || !row?.user.email) throw new AppError("CONFLICT", REFUSED[state === "usable" ? "unknown" : state]);
    if (passwordContainsEmail(input.password, row.user.email)) {
      throw new AppError("VALIDATION", messages.passwordContainsEmail, { fieldErrors: { password: [messages.passwordContainsEmail] } });
    }
    await tx.user.update({ where: { id: row.user.id }, data: { passwordHash } });
    await tx.passwordToken.updateMany({ where: { userId: row.user.id, usedAt: null }, data: { usedAt: now } });
    await recordAudit(tx, { userId: row.user.id }, { action: "client.set-password", entityType: "client", entityId: row.user.id });
    return { email: row.user.email };
  });
}
