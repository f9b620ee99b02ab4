"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import { toActionResult } from "@/lib/errors/to-action-result";
import { updateOwnNotificationPreferences } from "@/lib/notify/commands";
import { notificationPreferencesSchema } from "@/lib/notify/schema";

/**
 * The preferences form posts here (it works without JavaScript). Checkboxes send "on" when ticked
 * and nothing otherwise. The outcome travels back in the URL for the page to announce.
 */
export async function updateNotificationPreferencesAction(formData: FormData): Promise<void> {
  let outcome = "saved=1";
  try {
    const actor = await requireActor("account:manage-notifications");
    const parsed = notificationPreferencesSchema.safeParse({
      reminders: formData.get("reminders") === "on",
      nudges: formData.get("nudges") === "on",
    });
    if (!parsed.success) throw parsed.error;
    await updateOwnNotificationPreferences(actor, parsed.data);
    revalidatePath("/account/notifications");
  } catch (error) {
    outcome = `error=${encodeURIComponent(toActionResult(error).code)}`;
  }
  redirect(`/account/notifications?${outcome}`);
}
