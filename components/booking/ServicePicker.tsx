import Link from "next/link";
import type { ServiceSummary } from "@/lib/catalog/queries";
import { formatDuration } from "@/lib/format/duration";
import { formatPrice } from "@/lib/format/money";
import { StepHeading } from "./StepHeading";

/** Step 1: choose a treatment. Each choice is a link, so the step works without JavaScript. */
export function ServicePicker({ services }: { services: ServiceSummary[] }) {
  return (
    <section aria-labelledby="step-heading">
      <StepHeading id="step-heading">Choose a treatment</StepHeading>
      <ul className="mt-4 grid gap-3 sm:grid-cols-2">
        {services.map((service) => (
          <li key={service.id}>
            <Link
              href={`/book?service=${encodeURIComponent(service.slug)}`}
              className="block min-h-11 rounded-xl border border-stone-200 bg-white p-4 hover:border-brand-600"
            >
              <span className="block font-semibold">{service.name}</span>
              <span className="block text-sm text-stone-600">
                {formatDuration(service.durationMinutes)} · {formatPrice(service.priceCents, service.currency)}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
