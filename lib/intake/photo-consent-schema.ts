import { z } from "zod";
import { PHOTO_CONSENT_KINDS } from "./photo-consent-text";

/** From the account page: give (true) or withdraw (false) one photo consent. */
export const changePhotoConsentSchema = z.object({ kind: z.enum(PHOTO_CONSENT_KINDS), granted: z.boolean() });
export type ChangePhotoConsentInput = z.output<typeof changePhotoConsentSchema>;
