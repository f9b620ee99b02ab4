/**
 * Matching people's words against a vocabulary of names: normalised (case, accents, punctuation,
 * British spellings, plurals), as whole words, with a small typo tolerance for longer names.
 * Pure; the ingredient dictionary and the avoid model's vocabulary of actives and steps use it.
 */

/** Lower case, no accents or punctuation, "sulph" → "sulf", "anaesth" → "anesth", one space between words. */
export function normaliseWords(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/sulph/g, "sulf")
    .replace(/anaesth/g, "anesth")
    .replace(/moisturis/g, "moisturiz")
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map(singular);
}

/** "allergies" → "allergy", "parabens" → "paraben"; applied to names and text alike, so both sides agree. */
function singular(word: string): string {
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")) return word.slice(0, -1);
  return word;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * How many typos a name of this length tolerates: none up to 4 letters (too many short words
 * are one letter apart), one up to 8, two beyond.
 */
export function allowedTypos(name: string): number {
  const letters = name.replace(/ /g, "").length;
  if (letters <= 4) return 0;
  return letters <= 8 ? 1 : 2;
}

export interface Term<K> {
  /** As written in the vocabulary. */
  name: string;
  keys: readonly K[];
}

interface IndexedTerm<K> extends Term<K> {
  words: string[];
  joined: string;
}

export interface TermIndex<K> {
  terms: IndexedTerm<K>[];
  distinct: Set<string>;
  /** Exact lookups: word count → joined words → terms. */
  exact: Map<number, Map<string, IndexedTerm<K>[]>>;
  /** Typo candidates: `${word count}:${first letter}` → terms (a typo in the first letter is not looked for). */
  near: Map<string, IndexedTerm<K>[]>;
}

export function buildTermIndex<K>(terms: readonly Term<K>[], distinct: readonly string[] = []): TermIndex<K> {
  const indexed = terms
    .map((term) => {
      const words = normaliseWords(term.name);
      return { ...term, words, joined: words.join(" ") };
    })
    .filter((term) => term.words.length > 0);
  const exact = new Map<number, Map<string, IndexedTerm<K>[]>>();
  const near = new Map<string, IndexedTerm<K>[]>();
  for (const term of indexed) {
    const bySize = exact.get(term.words.length) ?? new Map<string, IndexedTerm<K>[]>();
    bySize.set(term.joined, [...(bySize.get(term.joined) ?? []), term]);
    exact.set(term.words.length, bySize);
    if (allowedTypos(term.joined) > 0) {
      const key = `${term.words.length}:${term.joined[0]}`;
      near.set(key, [...(near.get(key) ?? []), term]);
    }
  }
  return { terms: indexed, distinct: new Set(distinct.map((term) => normaliseWords(term).join(" "))), exact, near };
}

export interface TermHit<K> {
  term: Term<K>;
  /** Index of the first word of the match in the text's words. */
  at: number;
  length: number;
  how: "exact" | "typo";
  distance: number;
}

/** editDistance, but gives up (returning limit + 1) as soon as the distance must exceed `limit`. */
function boundedDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const distance = editDistance(a, b);
  return distance <= limit ? distance : limit + 1;
}

/**
 * Every place a vocabulary name occurs in `words` as whole words. Exact occurrences always count;
 * with `typos`, a window of words within the name's allowed distance counts too, unless it is a
 * word known to mean something else (DISTINCT_TERMS). Where a name is written correctly, a
 * near-miss of another name on the same words is not a typo ("vitamin c" is not "vitamin a").
 */
export function findTerms<K>(words: readonly string[], index: TermIndex<K>, options: { typos: boolean; maxTypos?: number }): TermHit<K>[] {
  const hits: TermHit<K>[] = [];
  for (const [size, bySize] of index.exact) {
    for (let at = 0; at + size <= words.length; at++) {
      const joined = words.slice(at, at + size).join(" ");
      const found = bySize.get(joined);
      if (found) {
        for (const term of found) hits.push({ term, at, length: size, how: "exact", distance: 0 });
        continue;
      }
      if (!options.typos || index.distinct.has(joined)) continue;
      for (const term of index.near.get(`${size}:${joined[0]}`) ?? []) {
        const allowed = Math.min(allowedTypos(term.joined), options.maxTypos ?? Infinity);
        const distance = boundedDistance(joined, term.joined, allowed);
        if (distance <= allowed) hits.push({ term, at, length: size, how: "typo", distance });
      }
    }
  }
  return hits;
}
