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

export type PageWeight = { bytes: number; elements: number; inlineScriptBytes: number };

/**
 * How much a server-rendered page is: its HTML's bytes, its element count (opening tags) and
 * the bytes of its inline scripts (the React Server Components payload Next inlines). Server
 * render cost grows with these, so bench:floor's grid and Glowbook's calendar print them.
 */
export function weighHtml(html: string): PageWeight {
  let inlineScriptBytes = 0;
  for (const [whole, attributes] of html.matchAll(/<script\b([^>]*)>[\s\S]*?<\/script>/g))
    if (!/\ssrc=/.test(attributes!)) inlineScriptBytes += Buffer.byteLength(whole);
  return { bytes: Buffer.byteLength(html), elements: html.match(/<[a-z][a-z0-9-]*\b/gi)?.length ?? 0, inlineScriptBytes };
}

/** `weighHtml` of the page at `url` as the server renders it now. */
export async function pageWeight(url: string, headers?: Record<string, string>): Promise<PageWeight> {
  const response = await fetch(url, { headers });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return weighHtml(await response.text());
}

export function describeWeight(weight: PageWeight): string {
  return `${(weight.bytes / 1024).toFixed(1)} kB of HTML, ${weight.elements} elements, ${(weight.inlineScriptBytes / 1024).toFixed(1)} kB of it inline scripts`;
}
