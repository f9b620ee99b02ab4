import { z } from "zod";

// Everything a browser sends for the second step, bounded: codes are exactly six digits, recovery
// codes a few dozen characters, WebAuthn answers base64url strings of sane sizes.

export const totpCodeSchema = z
  .string({ error: "Enter the 6-digit code from your authenticator app." })
  .trim()
  .regex(/^\d{6}$/, "Enter the 6-digit code from your authenticator app.");

export const recoveryCodeSchema = z
  .string({ error: "Enter one of your recovery codes." })
  .trim()
  .min(1, "Enter one of your recovery codes.")
  .max(40, "That is not a recovery code. They look like ABCD-EFGH-JKMN-PQRS.");

const base64url = (max: number) =>
  z
    .string()
    .max(max)
    .regex(/^[A-Za-z0-9_-]*$/);
const transports = z.array(z.string().max(20)).max(10).optional();
// Only the extension results Glowbook reads are kept; anything else is dropped.
const extensions = z.object({ credProps: z.object({ rk: z.boolean().optional() }).optional() }).optional();

/** What every WebAuthn answer carries besides its `response`. */
const credential = {
  id: base64url(1024),
  rawId: base64url(1024),
  type: z.literal("public-key"),
  authenticatorAttachment: z.enum(["platform", "cross-platform"]).optional(),
  clientExtensionResults: extensions.default({}),
};

export const registrationResponseSchema = z.object({
  ...credential,
  response: z.object({
    clientDataJSON: base64url(4096),
    attestationObject: base64url(32_768),
    authenticatorData: base64url(32_768).optional(),
    transports,
    publicKeyAlgorithm: z.number().int().optional(),
    publicKey: base64url(4096).optional(),
  }),
});

export const authenticationResponseSchema = z.object({
  ...credential,
  response: z.object({
    clientDataJSON: base64url(4096),
    authenticatorData: base64url(4096),
    signature: base64url(2048),
    userHandle: base64url(512).optional(),
  }),
});

export type RegistrationResponse = z.output<typeof registrationResponseSchema>;
export type AuthenticationResponse = z.output<typeof authenticationResponseSchema>;

export const passkeyNameSchema = z
  .string({ error: "Name this passkey, e.g. “Front desk security key”." })
  .trim()
  .min(1, "Name this passkey, e.g. “Front desk security key”.")
  .max(60, "Keep the name to 60 characters or fewer.")
  .refine((value) => !/[\u0000-\u001f\u007f]/.test(value), "Use letters, numbers and spaces.");
