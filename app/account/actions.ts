"use server";

import { revalidatePath } from "next/cache";
import { updateOwnProfile } from "@/lib/account/commands";
import { profileSchema } from "@/lib/account/schema";
import { defineAction } from "@/lib/actions/define-action";

export const updateProfileAction = defineAction({
  permission: "account:update-own-profile",
  schema: profileSchema,
  run: updateOwnProfile,
  // The header shows the name on every page.
  onSuccess: () => revalidatePath("/", "layout"),
});
