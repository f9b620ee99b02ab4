import "server-only";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { requireSpaLocation } from "@/lib/location/queries";
import type { FeedAudience } from "@/lib/schedule-feed/events";

/**
 * Whose calendar changes an actor hears: the spa's, and for an esthetician only their own column
 * (an active staff profile; a deactivated one hears nothing).
 */
export async function calendarAudience(actor: Actor): Promise<FeedAudience> {
  assertCan(actor, "calendar:subscribe");
  if (actor.role !== "ESTHETICIAN") return { locationId: (await requireSpaLocation()).id };
  const profile = await db.staffProfile.findFirst({
    where: { userId: actor.userId, active: true },
    select: { id: true, locationId: true },
  });
  if (!profile) throw new AppError("FORBIDDEN", "Your staff profile is not active.");
  return { locationId: profile.locationId, staffId: profile.id };
}
