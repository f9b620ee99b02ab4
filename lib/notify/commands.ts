import "server-only";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import type { NotificationPreferencesInput } from "./schema";

/** Saves the signed-in person's own choices; the id comes from the actor, never from input. */
export async function updateOwnNotificationPreferences(actor: Actor, input: NotificationPreferencesInput): Promise<void> {
  assertCan(actor, "account:manage-notifications");
  await db.notificationPreference.upsert({
    where: { userId: actor.userId },
    create: { userId: actor.userId, reminders: input.reminders, nudges: input.nudges },
    update: { reminders: input.reminders, nudges: input.nudges },
  });
}
