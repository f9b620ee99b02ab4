import { formatDateTime } from "@/lib/format/zoned";
import { PHOTO_CONSENT_TITLES, type PhotoConsentKind } from "@/lib/intake/photo-consent-text";
import type { PhotoConsents } from "@/lib/intake/photo-consent";

/** The client's two photo consents as they stand, for staff. */
export function ConsentStatus({ consents, timeZone }: { consents: PhotoConsents; timeZone: string }) {
  return (
    <ul className="space-y-1 text-sm">
      {(Object.keys(PHOTO_CONSENT_TITLES) as PhotoConsentKind[]).map((kind) => {
        const state = consents[kind];
        const when = state ? formatDateTime(state.recordedAt, timeZone, { date: "medium" }) : null;
        return (
          <li key={kind}>
            <span className="font-medium">{PHOTO_CONSENT_TITLES[kind]}:</span>{" "}
            {!state ? "not given" : state.granted ? `given on ${when} (form version ${state.formVersion})` : `withdrawn on ${when}`}
          </li>
        );
      })}
    </ul>
  );
}
