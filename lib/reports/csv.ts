import type { Report, ReportRow } from "./summarise";

const HEADER = [
  "Esthetician",
  "Working minutes",
  "Booked minutes",
  "Utilisation %",
  "Bookings",
  "Cancellations",
  "Late cancellations",
  "No-shows",
  "Completed",
  "No-show rate %",
  "Rebooked within 6 weeks",
  "Rebooking rate %",
];

/** A percentage with one decimal, or empty when there was nothing to divide by. */
export function formatPercent(rate: number | null): string {
  return rate === null ? "" : (Math.round(rate * 1000) / 10).toFixed(1);
}

/**
 * One CSV field (RFC 4180). A leading =, +, − or @ would make a spreadsheet run the cell as a
 * formula (CSV injection through a staff name), so such text gets a leading apostrophe.
 */
export function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function toLine(row: ReportRow): string {
  return [
    row.name,
    row.workingMinutes,
    row.bookedMinutes,
    formatPercent(row.utilisation),
    row.bookings,
    row.cancellations,
    row.lateCancellations,
    row.noShows,
    row.completed,
    formatPercent(row.noShowRate),
    row.rebooked,
    formatPercent(row.rebookingRate),
    (row.revenueCents / 100).toFixed(2),
  ]
    .map(csvField)
    .join(",");
}

/** The report as CSV: one line per esthetician, then the spa total; CRLF line ends as RFC 4180 asks. */
export function toReportCsv(report: Report): string {
  const header = [...HEADER, `Revenue (${report.currency})`].map(csvField).join(",");
  const lines = [header, ...report.rows.map(toLine), toLine(report.total)];
  return `${lines.join("\r\n")}\r\n`;
}

export function reportFileName(report: Report): string {
  return `glowbook-report-${report.period.from}-to-${report.period.to}.csv`;
}
