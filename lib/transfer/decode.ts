import { Readable } from "node:stream";
import { parse } from "csv-parse";
import { parse as parseSync } from "csv-parse/sync";
import iconv from "iconv-lite";

/** The text encodings an uploaded file is read in; Excel's "Unicode text" is UTF-16 with a BOM. */
export type TextEncoding = "utf-8" | "utf-16le" | "windows-1252";
export type Delimiter = "," | "\t" | ";";

export type DetectedFormat = { encoding: TextEncoding; delimiter: Delimiter };

/**
 * How a file is written: a byte-order mark says so outright; otherwise bytes that are valid UTF-8
 * are UTF-8, and anything else is read as Windows-1252 (what Excel on Windows saves as "CSV").
 * The delimiter is whichever of tab, semicolon or comma splits the header line most (outside quotes).
 */
export function detectFormat(content: Buffer): DetectedFormat {
  const encoding = detectEncoding(content);
  const text = decodeText(content.subarray(0, 64 * 1024), encoding);
  return { encoding, delimiter: detectDelimiter(firstLine(text)) };
}

export function detectEncoding(content: Buffer): TextEncoding {
  if (content[0] === 0xef && content[1] === 0xbb && content[2] === 0xbf) return "utf-8";
  if (content[0] === 0xff && content[1] === 0xfe) return "utf-16le";
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(content);
    return "utf-8";
  } catch {
    return "windows-1252";
  }
}

/** The text of the bytes, without a byte-order mark. */
export function decodeText(content: Buffer, encoding: TextEncoding): string {
  return iconv.decode(content, encoding, { stripBOM: true });
}

function firstLine(text: string): string {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) return text.slice(0, i);
  }
  return text;
}

export function detectDelimiter(headerLine: string): Delimiter {
  const unquoted = headerLine.replace(/"[^"]*"/g, "");
  const counts = (["\t", ";", ","] as const).map((d) => [d, unquoted.split(d).length - 1] as const);
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ",";
}

const PARSE_OPTIONS = { bom: true, relax_column_count: true, skip_empty_lines: true, trim: true } as const;

/** The header and the first `limit` rows, for the column preview (reads only as far as needed). */
export function previewRows(content: Buffer, format: DetectedFormat, limit: number): { headers: string[]; rows: string[][] } {
  const text = decodeText(content.subarray(0, 256 * 1024), format.encoding);
  const records: string[][] = parseSync(text, { ...PARSE_OPTIONS, delimiter: format.delimiter, to_line: limit + 1, relax_quotes: true });
  const [headers = [], ...rows] = records;
  return { headers, rows };
}

/**
 * Every data row of the file, streamed (the header is skipped), with its 1-based number. The bytes
 * are decoded as they are parsed, so no second copy of the whole text is ever made.
 */
export async function* readRows(
  content: Buffer,
  format: DetectedFormat,
  fromRow = 1,
): AsyncGenerator<{ rowNumber: number; values: string[] }> {
  const parser = Readable.from([content])
    .pipe(iconv.decodeStream(format.encoding, { stripBOM: true }))
    .pipe(parse({ ...PARSE_OPTIONS, delimiter: format.delimiter, relax_quotes: true, from_line: 2 }));
  let rowNumber = 0;
  for await (const values of parser as AsyncIterable<string[]>) {
    rowNumber += 1;
    if (rowNumber >= fromRow) yield { rowNumber, values };
  }
}

/** How many data rows the file has (a malformed file throws, with the line). */
export async function countRows(content: Buffer, format: DetectedFormat): Promise<number> {
  let count = 0;
  for await (const _ of readRows(content, format)) count += 1;
  return count;
}
