import { respondToError } from "@/lib/api/respond";
import { requireActor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { openPhotoFile } from "@/lib/photos/files";
import { photoFileParamsSchema } from "@/lib/photos/schema";
import { photoFileResponse } from "@/lib/photos/respond";

/**
 * GET /api/v1/photos/<photoId>/<thumb|display|original>[?download=1] — one variant of a photo for
 * its client's treating estheticians and admins (and the client, where the spa allows it).
 * Audited before anything is sent; never cached. 404 for anything out of scope.
 */
export async function GET(request: Request, { params }: { params: Promise<{ photoId: string; variant: string }> }): Promise<Response> {
  try {
    const parsed = photoFileParamsSchema.safeParse(await params);
    if (!parsed.success) throw new AppError("NOT_FOUND", "That photo was not found.");
    const actor = await requireActor();
    const download = new URL(request.url).searchParams.get("download") === "1";
    const file = await openPhotoFile(actor, { ...parsed.data, purpose: download ? "download" : "view" });
    return photoFileResponse(file, download);
  } catch (error) {
    return respondToError(error);
  }
}
