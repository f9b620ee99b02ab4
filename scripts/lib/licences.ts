/**
 * Which installed packages' licences let Glowbook be conveyed under AGPL-3.0-or-later.
 * Pure: the caller reads node_modules (scripts/check-licences.ts).
 */

/**
 * SPDX ids whose code may be combined with AGPL-3.0-or-later code and conveyed, following the
 * FSF's list of GPL-compatible licences. Deliberately absent: GPL-2.0-only and its old spelling
 * GPL-2.0 (GPLv2 without "or later" cannot become GPLv3), EPL, EUPL-1.1, CDDL, SSPL, BUSL, the
 * non-commercial and no-derivatives Creative Commons licences, and CC BY 3.0 and older (the FSF
 * counts only CC BY 4.0 as GPL-compatible). A licence not listed fails the check until someone
 * reads it and adds it here with the reason.
 */
const ALLOWED = [
  // Permissive.
  "MIT",
  "MIT-0",
  "ISC",
  "BSD-2-Clause",
  "BSD-3-Clause",
  "0BSD",
  "Apache-2.0", // compatible with GPLv3 and AGPLv3 (not with GPLv2)
  "Zlib",
  "BSL-1.0",
  "BlueOak-1.0.0",
  "Python-2.0", // Python's licence stack; the FSF counts Python 2.0.1 and later as GPL-compatible
  "PSF-2.0",
  "Unlicense",
  "CC0-1.0",
  "WTFPL",
  // Data (caniuse-lite's browser tables): CC BY 4.0 is compatible with GPLv3.
  "CC-BY-4.0",
  // Weak copyleft. MPL-2.0 only while a package carries no "Incompatible With Secondary Licenses"
  // notice; the LGPLs allow conveying the combination under the (A)GPL.
  "MPL-2.0",
  "LGPL-2.0-only",
  "LGPL-2.0-or-later",
  "LGPL-2.1-only",
  "LGPL-2.1-or-later",
  "LGPL-3.0-only",
  "LGPL-3.0-or-later",
  // Strong copyleft that can meet AGPLv3: GPLv3 through AGPL section 13, GPLv2 only "or later".
  "GPL-2.0-or-later",
  "GPL-3.0-only",
  "GPL-3.0-or-later",
  "AGPL-3.0-only",
  "AGPL-3.0-or-later",
  // Deprecated SPDX spellings of the above, still common in package.json files.
  ...["LGPL-2.0", "LGPL-2.0+", "LGPL-2.1", "LGPL-2.1+", "LGPL-3.0", "LGPL-3.0+"],
  ...["GPL-2.0+", "GPL-3.0", "GPL-3.0+", "AGPL-3.0"],
];

const ALLOWED_IDS = new Set(ALLOWED.map((id) => id.toLowerCase()));

/** SPDX ids compare case-insensitively. */
export function isLicenceIdAllowed(id: string): boolean {
  return ALLOWED_IDS.has(id.toLowerCase());
}

export type LicenceExpression =
  | { kind: "licence"; id: string }
  | { kind: "with"; licence: LicenceExpression; exception: string }
  | { kind: "and" | "or"; terms: LicenceExpression[] };

/**
 * Parses an SPDX expression ("MIT", "(MIT OR Apache-2.0)", "MIT AND Zlib",
 * "Apache-2.0 WITH LLVM-exception"); WITH binds tighter than AND, AND tighter than OR. Operators
 * are accepted in lower case too, since published manifests say "MIT and ISC". Returns null for
 * anything else, such as "SEE LICENSE IN LICENSE.md".
 */
export function parseLicenceExpression(text: string): LicenceExpression | null {
  const tokens = text.match(/\(|\)|[^\s()]+/g) ?? [];
  let position = 0;
  const peekOperator = () => tokens[position]?.toUpperCase();

  function parseOr(): LicenceExpression | null {
    return parseList("OR", parseAnd);
  }
  function parseAnd(): LicenceExpression | null {
    return parseList("AND", parseWith);
  }
  function parseList(operator: "AND" | "OR", parseTerm: () => LicenceExpression | null): LicenceExpression | null {
    const first = parseTerm();
    if (!first) return null;
    const terms = [first];
    while (peekOperator() === operator) {
      position++;
      const next = parseTerm();
      if (!next) return null;
      terms.push(next);
    }
    return terms.length === 1 ? first : { kind: operator === "AND" ? "and" : "or", terms };
  }
  function parseWith(): LicenceExpression | null {
    const licence = parseAtom();
    if (!licence || peekOperator() !== "WITH") return licence;
    position++;
    const exception = tokens[position++];
    return exception && isIdToken(exception) ? { kind: "with", licence, exception } : null;
  }
  function parseAtom(): LicenceExpression | null {
    const token = tokens[position++];
    if (token === "(") {
      const inner = parseOr();
      return inner && tokens[position++] === ")" ? inner : null;
    }
    return token && isIdToken(token) ? { kind: "licence", id: token } : null;
  }

  const expression = parseOr();
  return expression && position === tokens.length ? expression : null;
}

function isIdToken(token: string): boolean {
  return /^[A-Za-z0-9.+-]+(:[A-Za-z0-9.+-]+)?$/.test(token) && !["AND", "OR", "WITH"].includes(token.toUpperCase());
}

/** One acceptable option suffices for OR; AND needs every part. An exception only adds permissions. */
export function isExpressionAllowed(expression: LicenceExpression): boolean {
  switch (expression.kind) {
    case "licence":
      return isLicenceIdAllowed(expression.id);
    case "with":
      return isExpressionAllowed(expression.licence);
    case "and":
      return expression.terms.every(isExpressionAllowed);
    case "or":
      return expression.terms.some(isExpressionAllowed);
  }
}

type LegacyLicence = string | { type?: unknown };

/**
 * The licence a manifest declares, as an SPDX expression, or null when it declares none. The
 * legacy `licenses` array lists alternatives (npm's docs rewrite it as an OR expression).
 */
export function readDeclaredLicence(manifest: { license?: unknown; licenses?: unknown }): string | null {
  const single = legacyType(manifest.license as LegacyLicence | undefined);
  if (single) return single;
  if (!Array.isArray(manifest.licenses)) return null;
  const types = (manifest.licenses as LegacyLicence[]).map(legacyType);
  if (types.length === 0 || types.some((type) => type === null)) return null;
  return types.length === 1 ? types[0]! : `(${types.join(" OR ")})`;
}

function legacyType(value: LegacyLicence | undefined): string | null {
  const type = typeof value === "object" && value !== null ? value.type : value;
  return typeof type === "string" && type.trim() !== "" ? type.trim() : null;
}

/**
 * A package the metadata alone cannot clear, reviewed by hand:
 * - "metadata": the manifest is silent or odd, and the package's own files state `licence`,
 *   which must itself be on the allow list;
 * - "separate-program": the licence is not compatible for combining, but the package is only
 *   run inside another program and never linked into Glowbook (AGPL section 5's "aggregate").
 * Both name the exact `declared` value they were reviewed for: if a new version declares
 * something else, the exception no longer applies and the package is checked afresh.
 */
export type LicenceException =
  | { kind: "metadata"; declared: string | null; licence: string; reason: string }
  | { kind: "separate-program"; declared: string; reason: string };

export type InstalledPackage = { name: string; version: string; declared: string | null; devOnly: boolean };

export type LicenceVerdict =
  | { status: "allowed"; licence: string }
  | { status: "excepted"; licence: string; exception: LicenceException }
  | { status: "not-allowed"; licence: string }
  | { status: "unknown"; licence: string };

export function classifyPackage(pkg: InstalledPackage, exceptions: Record<string, LicenceException>): LicenceVerdict {
  const exception = Object.hasOwn(exceptions, pkg.name) ? exceptions[pkg.name] : undefined;
  if (exception && exception.declared === pkg.declared) {
    const licence = exception.kind === "metadata" ? exception.licence : exception.declared;
    const cleared = exception.kind === "separate-program" || isDeclaredAllowed(exception.licence);
    return cleared ? { status: "excepted", licence, exception } : { status: "not-allowed", licence };
  }
  if (pkg.declared === null) return { status: "unknown", licence: "(none)" };
  const expression = parseLicenceExpression(pkg.declared);
  if (!expression) return { status: "unknown", licence: pkg.declared };
  return { status: isExpressionAllowed(expression) ? "allowed" : "not-allowed", licence: pkg.declared };
}

function isDeclaredAllowed(text: string): boolean {
  const expression = parseLicenceExpression(text);
  return expression !== null && isExpressionAllowed(expression);
}

/** Packages per licence as declared (exceptions marked), most common first, ties by name. */
export function countByLicence(verdicts: LicenceVerdict[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const verdict of verdicts) {
    const label = verdict.status === "excepted" ? `${verdict.licence} (exception)` : verdict.licence;
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts].sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : a > b ? 1 : 0));
}
