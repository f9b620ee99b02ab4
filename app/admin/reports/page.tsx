import type { Metadata } from "next";
import Link from "next/link";
import { PeriodForm } from "@/components/reports/PeriodForm";
import { ReportCharts } from "@/components/reports/ReportCharts";
import { ReportTable } from "@/components/reports/ReportTable";
import { requireSpaLocation } from "@/lib/location/queries";
import { requirePageActor } from "@/lib/auth/page-guard";
import { getReport } from "@/lib/reports/queries";
import { resolvePeriod } from "@/lib/reports/schema";
import { getLocalDate } from "@/lib/dates/local-date";
import { formatLocalDate } from "@/lib/format/calendar";

export const metadata: Metadata = { title: "Reports" };

type SearchParams = Promise<{ from?: string | string[]; to?: string | string[] }>;

export default async function ReportsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor("admin:view-reports", "/admin/reports");
  const location = await requireSpaLocation();
  const { period, error } = resolvePeriod(await searchParams, getLocalDate(new Date(), location.timeZone));
  const report = await getReport(actor, period, { locationId: location.id });
  const exportHref = `/admin/reports/export?${new URLSearchParams(period).toString()}`;
  return (
    <div className="space-y-6">
      <p>
        <Link href="/admin" className="text-brand-700 underline">
          ← Admin
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">
        Reports: {formatLocalDate(period.from, "medium")} to {formatLocalDate(period.to, "medium")}
      </h1>
      <PeriodForm from={period.from} to={period.to} error={error} />
      <p>
        <a
          href={exportHref}
          download
          className="inline-flex min-h-11 items-center rounded-lg border border-stone-300 bg-white px-3 font-medium text-brand-800"
        >
          Download CSV
        </a>
      </p>
      <section aria-labelledby="figures-heading" className="space-y-3">
        <h2 id="figures-heading" className="text-lg font-semibold">
          Figures
        </h2>
        <ReportTable report={report} />
      </section>
      <section aria-labelledby="charts-heading" className="space-y-3">
        <h2 id="charts-heading" className="text-lg font-semibold">
          Charts
        </h2>
        <p className="text-sm text-stone-600">The charts show the same figures as the table above.</p>
        <ReportCharts report={report} />
      </section>
      <section aria-labelledby="definitions-heading" className="space-y-2 text-sm text-stone-700">
        <h2 id="definitions-heading" className="text-lg font-semibold text-stone-900">
          How these are counted
        </h2>
        <ul className="list-disc space-y-1 pl-5">
          <li>Dates are days in the spa&apos;s zone ({report.timeZone}), both ends included. A visit counts on the day it starts.</li>
          <li>Working time: each day&apos;s weekly hours, or that date&apos;s override, minus time off. Breaks are not working time.</li>
          <li>
            Booked time: the treatment&apos;s own minutes (buffers not included) of visits that held the time: booked, checked in, completed
            and no-shows. Utilisation is booked time over working time.
          </li>
          <li>
            Bookings: every visit in the period, whatever became of it. Cancellations include late cancellations, which are also shown on
            their own.
          </li>
          <li>No-show rate: no-shows over completed visits plus no-shows.</li>
          <li>
            Rebooking rate: completed visits after which the same client has another booking (not cancelled, with anyone) starting within
            six weeks, over completed visits.
          </li>
          <li>Revenue: the price recorded on each completed visit when it was booked.</li>
        </ul>
      </section>
    </div>
  );
}
