// The two photo consents of the intake (issue 15), separate from the treatment consent and from
// each other. Bump the version when a text changes meaning: every grant records the version the
// client read.
export const PHOTO_CONSENT_VERSION = 1;

export const PHOTO_CONSENT_KINDS = ["CLINICAL", "MARKETING"] as const;
export type PhotoConsentKind = (typeof PHOTO_CONSENT_KINDS)[number];

export const PHOTO_CONSENT_TEXT: Record<PhotoConsentKind, string> = {
  CLINICAL:
    "I agree that my esthetician may take photos of my face before and after treatments, to keep in my confidential treatment record. Only the estheticians who treat me and the spa's administrators can see them.",
  MARKETING:
    "I also agree that the spa may use my before-and-after photos in its marketing (website, social media, brochures). Optional: you can withdraw this at any time from your account.",
};

export const PHOTO_CONSENT_TITLES: Record<PhotoConsentKind, string> = {
  CLINICAL: "Clinical photos",
  MARKETING: "Photos in the spa's marketing",
};
