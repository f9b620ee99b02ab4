"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { deletePhoto } from "@/lib/photos/commands";
import { deletePhotoSchema } from "@/lib/photos/schema";

// Uploads are the multipart route app/api/v1/photos; this segment's action only deletes (before signing).
export const deletePhotoAction = defineAction({
  permission: "photos:capture",
  schema: deletePhotoSchema,
  run: deletePhoto,
  onSuccess: ({ appointmentId }) => {
    revalidatePath(`/staff/appointments/${appointmentId}`);
    revalidatePath(`/staff/appointments/${appointmentId}/photos`);
  },
});
