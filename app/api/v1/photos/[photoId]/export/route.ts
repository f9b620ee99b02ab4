import { respondToError } from "@/lib/api/respond";
import { requireActor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { isUuid } from "@/lib/ids/uuid";
import { exportPhotoForMarketing } from "@/lib/photos/files";
import { photoFileResponse } from "@/lib/photos/respond";

/**
 * GET /api/v1/photos/<photoId>/export — the display image as a download for the spa's marketing:
 * admins only, and 409 unless the client's marketing consent stands right now. Audited.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ photoId: string }> }): Promise<Response> {
  try {
    const { photoId } = await params;
    if (!isUuid(photoId)) throw new AppError("NOT_FOUND", "That photo was not found.");
    const actor = await requireActor("photos:export-marketing");
    return photoFileResponse(await exportPhotoForMarketing(actor, photoId), true);
  } catch (error) {
    return respondToError(error);
  }
}
