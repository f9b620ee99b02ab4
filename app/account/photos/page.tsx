import type { Metadata } from "next";
import Link from "next/link";
import { PhotoConsentPanel } from "@/components/account/PhotoConsentPanel";
import { PhotoTimeline } from "@/components/photos/PhotoTimeline";
import { requirePageActor } from "@/lib/auth/page-guard";
import { formatDateTime } from "@/lib/format/zoned";
import { getOwnPhotoConsents } from "@/lib/intake/photo-consent";
import { PHOTO_CONSENT_KINDS } from "@/lib/intake/photo-consent-text";
import { getSpaLocation } from "@/lib/location/queries";
import { listOwnPhotos } from "@/lib/photos/queries";
import { changePhotoConsentAction } from "./actions";

export const metadata: Metadata = { title: "Photos and consent" };

/** The client's photo consents, and their own photos where the spa shows them. */
export default async function AccountPhotosPage() {
  const actor = await requirePageActor("account:manage-photo-consent", "/account/photos");
  const [consents, own, spa] = await Promise.all([getOwnPhotoConsents(actor), listOwnPhotos(actor), getSpaLocation()]);
  const zone = spa?.timeZone ?? "UTC";
  const states = Object.fromEntries(
    PHOTO_CONSENT_KINDS.map((kind) => {
      const state = consents[kind];
      return [kind, { granted: state?.granted ?? false, when: state ? formatDateTime(state.recordedAt, zone, { date: "long" }) : null }];
    }),
  ) as Parameters<typeof PhotoConsentPanel>[0]["consents"];
  return (
    <div className="max-w-3xl space-y-8">
      <p>
        <Link href="/account" className="inline-flex min-h-11 items-center text-brand-700 underline">
          ← My account
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">Photos and consent</h1>
      <section aria-labelledby="consent-heading" className="space-y-3">
        <h2 id="consent-heading" className="text-lg font-semibold">
          Your photo consents
        </h2>
        <PhotoConsentPanel consents={states} change={changePhotoConsentAction} />
      </section>
      {own.enabled && (
        <section aria-labelledby="own-photos-heading" className="space-y-3">
          <h2 id="own-photos-heading" className="text-lg font-semibold">
            Your photos
          </h2>
          <PhotoTimeline visits={own.visits} timeZone={zone} showFaceMap={false} />
        </section>
      )}
    </div>
  );
}
