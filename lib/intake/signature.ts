/**
 * A typed signature matches the contact name loosely: case, accents, spaces and punctuation are
 * ignored ("José O'Neil-Park" = "jose oneil park"), but every letter must be there, so a signature
 * cannot be a different person's name or just initials.
 */
export function normalizeName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLocaleLowerCase("en")
    .replace(/[^\p{L}\p{N}]/gu, "");
}

export function signatureMatchesName(signature: string, fullName: string): boolean {
  const signed = normalizeName(signature);
  return signed.length > 0 && signed === normalizeName(fullName);
}
