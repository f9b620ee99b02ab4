import { formatLocalDate } from "@/lib/format/calendar";
import { formatPrice } from "@/lib/format/money";
import type { OffersReport } from "@/lib/waitlist/queries";

/** Offers made in the period and what became of them, with the revenue the claimed ones recovered. */
export function OffersReportPanel({ report }: { report: OffersReport }) {
  const figures: [string, string][] = [
    ["Offers sent", String(report.sent)],
    ["Claimed", String(report.claimed)],
    ["Expired", String(report.expired)],
    ["Taken by another client", String(report.taken)],
    ["Withdrawn", String(report.withdrawn)],
    ["Still held", String(report.pending)],
    ["Revenue recovered", report.currency ? formatPrice(report.recoveredCents, report.currency) : formatPrice(0, "USD")],
  ];
  return (
    <section aria-labelledby="offers-report-heading" className="space-y-3">
      <h2 id="offers-report-heading" className="text-lg font-semibold">
        Offers, {formatLocalDate(report.from, "medium")} to {formatLocalDate(report.to, "medium")}
      </h2>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {figures.map(([label, value]) => (
          <div key={label} className="rounded-xl border border-stone-200 bg-white p-4">
            <dt className="text-sm text-stone-600">{label}</dt>
            <dd className="text-2xl font-semibold">{value}</dd>
          </div>
        ))}
      </dl>
      <p className="text-sm text-stone-600">Revenue recovered counts claimed bookings that were not cancelled afterwards.</p>
    </section>
  );
}
