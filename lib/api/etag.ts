/**
 * Whether an If-None-Match header names `etag` (RFC 9110 §13.1.2: weak comparison, a list of
 * tags or `*`). A missing header never matches.
 */
export function matchesEtag(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => opaque(tag) === opaque(etag));
}
