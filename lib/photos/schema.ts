import { z } from "zod";
import { FACE_ZONES } from "@/lib/consultation/face-map";
import { PHOTO_ANGLE_IDS, PHOTO_PHASE_IDS } from "./angles";

/** The fields that travel with an uploaded photo (multipart form fields, not the file). */
export const photoUploadFieldsSchema = z
  .object({
    appointmentId: z.uuid("That appointment was not found."),
    angle: z.enum(PHOTO_ANGLE_IDS, "Choose the angle of the photo."),
    phase: z.enum(PHOTO_PHASE_IDS, "Choose before or after."),
    zone: z
      .enum(FACE_ZONES, "Choose the zone of the close-up.")
      .optional()
      .or(z.literal("").transform(() => undefined)),
  })
  .superRefine((fields, ctx) => {
    if (fields.angle === "CLOSE_UP" && !fields.zone)
      ctx.addIssue({ code: "custom", path: ["zone"], message: "Choose the zone of the close-up." });
  })
  // A zone belongs to a close-up only.
  .transform((fields) => ({ ...fields, zone: fields.angle === "CLOSE_UP" ? (fields.zone ?? null) : null }));
export type PhotoUploadFields = z.output<typeof photoUploadFieldsSchema>;

export const deletePhotoSchema = z.object({ photoId: z.uuid("That photo was not found.") });
export type DeletePhotoInput = z.output<typeof deletePhotoSchema>;

/** The spa's photo settings (admin). */
export const photoPolicySchema = z.object({ keepOriginals: z.boolean(), clientsSeePhotos: z.boolean() });
export type PhotoPolicyData = z.output<typeof photoPolicySchema>;

/** Which photo file a request asks for: `<photoId>/<variant>` in the URL. */
export const photoFileParamsSchema = z.object({
  photoId: z.uuid(),
  variant: z.enum(["thumb", "display", "original"]),
});
