import Link from "next/link";
import type { ServiceSummary } from "@/lib/catalog/queries";
import { formatDuration } from "@/lib/format/duration";
import { formatPrice } from "@/lib/format/money";

export function ServiceCard({ service }: { service: ServiceSummary }) {
  const headingId = `service-${service.slug}`;
  return (
    <article aria-labelledby={headingId} className="flex flex-col rounded-xl border border-stone-200 bg-white p-5 shadow-sm">
      <h3 id={headingId} className="text-lg font-semibold text-stone-900">
        {service.name}
      </h3>
      <dl className="mt-1 flex gap-4 text-sm text-stone-600">
        <div>
          <dt className="sr-only">Duration</dt>
          <dd>{formatDuration(service.durationMinutes)}</dd>
        </div>
        <div>
          <dt className="sr-only">Price</dt>
          <dd>{formatPrice(service.priceCents, service.currency)}</dd>
        </div>
      </dl>
      <p className="mt-3 flex-1 text-sm leading-relaxed text-stone-700">{service.description}</p>
      <Link
        href={`/book?service=${encodeURIComponent(service.slug)}`}
        className="mt-4 inline-flex min-h-11 items-center justify-center self-start rounded-lg bg-brand-700 px-4 font-medium text-white hover:bg-brand-800"
      >
        Book<span className="sr-only"> {service.name}</span>
      </Link>
    </article>
  );
}
