import { formatPercent } from "@/lib/reports/csv";
import type { Report, ReportRow } from "@/lib/reports/summarise";
import { formatDuration } from "@/lib/format/duration";
import { formatPrice } from "@/lib/format/money";

export function formatRate(rate: number | null): string {
  return rate === null ? "—" : `${formatPercent(rate)}%`;
}

const COLUMNS = [
  "Working time",
  "Booked time",
  "Utilisation",
  "Bookings",
  "Cancellations",
  "Late cancellations",
  "No-shows",
  "Completed",
  "No-show rate",
  "Rebooked (6 weeks)",
  "Rebooking rate",
  "Revenue",
];

function Cells({ row, currency }: { row: ReportRow; currency: string }) {
  const values = [
    formatDuration(row.workingMinutes),
    formatDuration(row.bookedMinutes),
    formatRate(row.utilisation),
    row.bookings,
    row.cancellations,
    row.lateCancellations,
    row.noShows,
    row.completed,
    formatRate(row.noShowRate),
    row.rebooked,
    formatRate(row.rebookingRate),
    formatPrice(row.revenueCents, currency),
  ];
  return values.map((value, index) => (
    <td key={COLUMNS[index]} className="whitespace-nowrap px-3 py-2 text-right tabular-nums">
      {value}
    </td>
  ));
}

/**
 * The report's figures: one row per esthetician and a total row. Wider than a phone, so the table
 * scrolls sideways inside its own box; that box takes keyboard focus (arrow keys scroll it) and is
 * a named region, so keyboard and screen-reader users can reach every column.
 */
export function ReportTable({ report }: { report: Report }) {
  return (
    <div
      role="region"
      aria-label="Figures table (scrolls sideways)"
      tabIndex={0}
      className="max-w-full overflow-x-auto rounded-xl border border-stone-200 bg-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700"
    >
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Figures per esthetician for the chosen period, with the spa total in the last row</caption>
        <thead className="bg-stone-100 text-stone-700">
          <tr>
            <th scope="col" className="px-3 py-2">
              Esthetician
            </th>
            {COLUMNS.map((label) => (
              <th key={label} scope="col" className="px-3 py-2 text-right">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {report.rows.map((row) => (
            <tr key={row.staffId}>
              <th scope="row" className="px-3 py-2 font-medium">
                {row.name}
              </th>
              <Cells row={row} currency={report.currency} />
            </tr>
          ))}
        </tbody>
        <tfoot className="border-t-2 border-stone-300 font-semibold">
          <tr>
            <th scope="row" className="px-3 py-2">
              {report.total.name}
            </th>
            <Cells row={report.total} currency={report.currency} />
          </tr>
        </tfoot>
      </table>
      {report.rows.length === 0 && <p className="p-4 text-stone-600">No estheticians to report on.</p>}
    </div>
  );
}
