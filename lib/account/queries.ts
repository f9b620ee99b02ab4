import "server-only";
import type { Actor } from "@/lib/auth/policy";
import { assertCan } from "@/lib/auth/assert-can";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";

export type OwnProfile = { name: string; email: string; phone: string | null; memberSince: Date };

export async function getOwnProfile(actor: Actor): Promise<OwnProfile> {
  assertCan(actor, "account:view-own-profile");
  const user = await db.user.findUnique({
    where: { id: actor.userId },
    select: { name: true, email: true, phone: true, createdAt: true },
  });
  if (!user) throw new AppError("NOT_FOUND", "Your account no longer exists.");
  return { name: user.name, email: user.email ?? "", phone: user.phone, memberSince: user.createdAt };
}
