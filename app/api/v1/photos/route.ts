import { errorResponse, respondToError, validationErrorResponse } from "@/lib/api/respond";
import { isSameOrigin } from "@/lib/api/request";
import { requireActor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { addPhoto } from "@/lib/photos/commands";
import { photoUploadFieldsSchema } from "@/lib/photos/schema";
import { parsePhotoUpload, UploadTooLargeError } from "@/lib/photos/upload";

// Photos come as multipart uploads here, never through a server action's JSON.
export const runtime = "nodejs";

/**
 * POST /api/v1/photos — the treating esthetician adds a photo to a visit: multipart fields
 * `appointmentId`, `angle`, `phase`, `zone` (close-ups) and the image as `file`. 201 with the
 * photo's id; 413 over 25 MB; 422 for anything that is not a readable image or a bad field; 409
 * without the client's clinical-photo consent or for the same photo twice. Nothing is stored on
 * any refusal.
 */
export async function POST(request: Request): Promise<Response> {
  try {
    if (!isSameOrigin(request)) throw new AppError("FORBIDDEN", "That upload came from another site.");
    const actor = await requireActor("photos:capture");
    const { fields, file } = await parsePhotoUpload(request);
    const parsed = photoUploadFieldsSchema.safeParse(fields);
    if (!parsed.success) {
      return validationErrorResponse(parsed.error);
    }
    if (!file) throw new AppError("VALIDATION", "Choose a photo to upload.", { fieldErrors: { file: ["Choose a photo to upload."] } });
    const photo = await addPhoto(actor, parsed.data, file);
    return Response.json({ photo }, { status: 201, headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (error instanceof UploadTooLargeError) return errorResponse({ ok: false, code: "VALIDATION", message: error.userMessage }, 413);
    return respondToError(error);
  }
}
