"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { photoPolicySchema } from "@/lib/photos/schema";
import { updatePhotoPolicy } from "@/lib/photos/settings";

export const updatePhotoPolicyAction = defineAction({
  permission: "photos:manage-settings",
  schema: photoPolicySchema,
  run: updatePhotoPolicy,
  onSuccess: () => revalidatePath("/admin/photos"),
});
