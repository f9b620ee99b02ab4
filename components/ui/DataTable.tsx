import Link from "next/link";
import type { ReactNode } from "react";

export type Column<Row> = { header: string; cell: (row: Row) => ReactNode };

type Props<Row> = {
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** The first cell of each row names it (a row header for screen readers), linked to `href`. */
  rowHeader: { header: string; label: (row: Row) => ReactNode; href?: (row: Row) => string };
  columns: readonly Column<Row>[];
  caption?: ReactNode;
  /** For a table likely wider than a phone: the scrolling box becomes a named, focusable region (keyboard users can scroll it). */
  scrollLabel?: string;
};

/** A table of records with a named first column, scrolling sideways on a phone rather than clipping. */
export function DataTable<Row>({ rows, rowKey, rowHeader, columns, caption, scrollLabel }: Props<Row>) {
  const cell = "px-4 py-2";
  const region = scrollLabel ? { tabIndex: 0, role: "region", "aria-label": scrollLabel } : {};
  return (
    <div
      {...region}
      className="overflow-x-auto rounded-xl border border-stone-200 bg-white focus-visible:outline-2 focus-visible:outline-brand-700"
    >
      <table className="w-full text-left text-sm">
        {caption && <caption className="px-4 py-2 text-left text-stone-600">{caption}</caption>}
        <thead className="bg-stone-100 text-stone-700">
          <tr>
            {[rowHeader.header, ...columns.map((column) => column.header)].map((header) => (
              <th key={header} scope="col" className={cell}>
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              <th scope="row" className={`${cell} font-medium`}>
                {rowHeader.href ? (
                  <Link href={rowHeader.href(row)} className="text-brand-700 underline">
                    {rowHeader.label(row)}
                  </Link>
                ) : (
                  rowHeader.label(row)
                )}
              </th>
              {columns.map((column) => (
                <td key={column.header} className={cell}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
