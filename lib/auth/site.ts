/**
 * The site's public address, from configuration (NEXTAUTH_URL, which npm start always sets), never
 * from request headers a client could write. Passkeys are bound to its host name; cookies are
 * Secure and HSTS is sent when it is https.
 */
export function siteUrl(): URL {
  return new URL(process.env.NEXTAUTH_URL || "http://localhost:3000");
}

export function isHttpsSite(): boolean {
  return siteUrl().protocol === "https:";
}
