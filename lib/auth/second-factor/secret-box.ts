import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

/**
 * Authenticated encryption (AES-256-GCM) for the TOTP secrets at rest, with a key derived from
 * NEXTAUTH_SECRET by HKDF: a database dump alone does not hand out staff's second factors.
 * Changing NEXTAUTH_SECRET therefore means staff set up their authenticator apps again (README).
 */
const VERSION = "v1";

function keyFrom(secret: string | undefined): Buffer {
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set; it also encrypts second-factor secrets.");
  return Buffer.from(hkdfSync("sha256", secret, "glowbook", "totp-secret", 32));
}

export function sealSecret(plain: string, secret = process.env.NEXTAUTH_SECRET): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFrom(secret), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [VERSION, iv.toString("base64url"), body.toString("base64url"), cipher.getAuthTag().toString("base64url")].join(".");
}

/** The plain secret, or null when the box was not sealed with this key or was tampered with. */
export function openSecret(sealed: string, secret = process.env.NEXTAUTH_SECRET): string | null {
  const [version, iv, body, tag] = sealed.split(".");
  if (version !== VERSION || !iv || !body || !tag) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", keyFrom(secret), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
