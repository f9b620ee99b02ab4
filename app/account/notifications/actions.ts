"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define-action";
import { updateOwnNotificationPreferences } from "@/lib/notify/commands";
import { notificationPreferencesSchema } from "@/lib/notify/schema";

const savePreferences = defineAction({
  permission: "account:manage-notifications",
  schema: notificationPreferencesSchema,
  run: updateOwnNotificationPreferences,
  onSuccess: () => revalidatePath("/account/notifications"),
});

/**
 * The preferences form posts here, so it works without JavaScript. Checkboxes send "on" when
 * ticked and nothing otherwise. The outcome travels back in the URL for the page to announce.
 */
export async function updateNotificationPreferencesAction(formData: unknown): Promise<void> {
  // An action is a public endpoint: anything but the form's FormData is refused like bad input.
  const result =
    formData instanceof FormData
      ? await savePreferences({
          reminders: formData.get("reminders") === "on",
          nudges: formData.get("nudges") === "on",
          waitlist: formData.get("waitlist") === "on",
        })
      : { ok: false as const, code: "VALIDATION" };
  redirect(`/account/notifications?${result.ok ? "saved=1" : `error=${encodeURIComponent(result.code)}`}`);
}
