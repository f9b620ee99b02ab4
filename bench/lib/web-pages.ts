/**
 * The script URLs a server-rendered page makes a current browser load (`<script src>`), in
 * document order, each once. `nomodule` scripts (Next's legacy polyfills) are left out: a
 * browser that runs modules never downloads them.
 */
export function findScriptSources(html: string): string[] {
  const sources = new Set<string>();
  for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
    if (/\snomodule\b/i.test(tag)) continue;
    const source = /\ssrc="([^"]+)"/.exec(tag)?.[1];
    if (source) sources.add(source.replaceAll("&amp;", "&"));
  }
  return [...sources];
}
