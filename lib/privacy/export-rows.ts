/** The shape both exports (JSON and PDF) walk, and the paging every section reads with. */
export type ExportRow = { json: Record<string, unknown>; title: string; lines: string[] };
export type ExportSection = { key: string; title: string; empty: string; rows: () => AsyncIterable<ExportRow> };
export type ExportProfile = Record<string, unknown>;

export const EXPORT_PAGE_SIZE = 100;

/** Rows of one query, `EXPORT_PAGE_SIZE` at a time, by id cursor. */
export async function* paged<T extends { id: string }>(
  fetch: (page: { take: number; skip?: number; cursor?: { id: string } }) => Promise<T[]>,
) {
  let cursor: string | null = null;
  for (;;) {
    const rows: T[] = await fetch(cursor ? { take: EXPORT_PAGE_SIZE, skip: 1, cursor: { id: cursor } } : { take: EXPORT_PAGE_SIZE });
    yield* rows;
    if (rows.length < EXPORT_PAGE_SIZE) return;
    cursor = rows[rows.length - 1]!.id;
  }
}

export async function* mapRows<T>(rows: AsyncIterable<T>, toRow: (row: T) => ExportRow): AsyncIterable<ExportRow> {
  for await (const row of rows) yield toRow(row);
}
