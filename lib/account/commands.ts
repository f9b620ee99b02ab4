import "server-only";
import type { Actor } from "@/lib/auth/policy";
import { assertCan } from "@/lib/auth/assert-can";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { ProfileInput } from "./schema";

export async function updateOwnProfile(actor: Actor, input: ProfileInput): Promise<void> {
  assertCan(actor, "account:update-own-profile");
  const { count } = await db.user.updateMany({
    where: { id: actor.userId },
    data: { name: input.name, phone: input.phone },
  });
  if (count === 0) throw new AppError("NOT_FOUND", "Your account no longer exists.");
}
