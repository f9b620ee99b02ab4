import Link from "next/link";

/** The header of a page under a chart (photos, compare): the way back to the chart, then the title. */
export function ChartPageHeader({ appointmentId, title, children }: { appointmentId: string; title: string; children?: React.ReactNode }) {
  return (
    <header>
      <p>
        <Link href={`/staff/appointments/${appointmentId}`} className="inline-flex min-h-11 items-center text-brand-700 underline">
          Back to the chart
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">{title}</h1>
      {children}
    </header>
  );
}
