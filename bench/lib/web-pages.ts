import { brotliCompressSync, constants, gzipSync } from "node:zlib";

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

/** Every script the page's HTML loads, fetched and compressed (shared chunks counted once per page). */
export async function firstLoadJs(base: string, pagePath: string, headers?: Record<string, string>) {
  const response = await fetch(base + pagePath, { headers });
  if (!response.ok) throw new Error(`${pagePath} answered ${response.status}`);
  const sources = findScriptSources(await response.text());
  let gzip = 0;
  let brotli = 0;
  for (const source of sources) {
    const body = Buffer.from(await (await fetch(new URL(source, base))).arrayBuffer());
    const size = gzipSync(body, { level: 9 }).length;
    if (process.env.BENCH_VERBOSE) console.log(`  ${pagePath} ${source} ${(size / 1024).toFixed(1)} kB`);
    gzip += size;
    brotli += brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return { scripts: sources.length, gzip, brotli };
}
