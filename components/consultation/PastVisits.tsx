import type { Chart, ChartProduct } from "@/lib/consultation/chart-queries";
import { SignedNote } from "./SignedNote";
import { formatDateTime } from "@/lib/format/zoned";

/** Earlier visits of this client, latest first, each with its signed note. */
export function PastVisits({ visits, products, timeZone }: { visits: Chart["pastVisits"]; products: ChartProduct[]; timeZone: string }) {
  if (visits.length === 0) return <p className="text-stone-700">This is the client&apos;s first visit.</p>;
  return (
    <ol className="space-y-4">
      {visits.map((visit) => (
        <li key={visit.id} className="rounded-lg border border-stone-200 p-4">
          <h3 className="font-semibold">
            {formatDateTime(visit.startsAt, timeZone, { date: "medium" })} — {visit.serviceName} with {visit.staffName}
          </h3>
          {visit.note ? (
            <SignedNote note={visit.note} products={products} timeZone={timeZone} />
          ) : (
            <p className="text-sm text-stone-600">No signed note.</p>
          )}
        </li>
      ))}
    </ol>
  );
}
