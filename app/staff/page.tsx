import type { Metadata } from "next";
import Link from "next/link";
import { WeeklyHoursList } from "@/components/staff/WeeklyHoursList";
import { requirePageActor } from "@/lib/auth/page-guard";
import { formatDuration } from "@/lib/format/duration";
import { formatPrice } from "@/lib/format/money";
import { getOwnWork } from "@/lib/staff/queries";

export const metadata: Metadata = { title: "My work" };

export default async function StaffHomePage() {
  const actor = await requirePageActor("staff:view-own-services", "/staff");
  const work = await getOwnWork(actor);
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold">Welcome, {work.displayName}</h1>
      <nav aria-label="Your schedule" className="flex flex-wrap gap-4">
        <Link href="/staff/schedule?view=day" className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
          Today&apos;s appointments
        </Link>
        <Link href="/staff/schedule?view=week" className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
          This week
        </Link>
      </nav>
      <div className="grid gap-6 md:grid-cols-2">
        <section aria-labelledby="services-heading" className="rounded-xl border border-stone-200 bg-white p-6">
          <h2 id="services-heading" className="text-lg font-semibold">
            Services you perform
          </h2>
          {work.services.length === 0 ? (
            <p className="mt-2 text-stone-700">No services are assigned to you yet. An admin can assign them.</p>
          ) : (
            <ul className="mt-3 divide-y divide-stone-100">
              {work.services.map((service) => (
                <li key={service.id} className="flex justify-between gap-4 py-2 text-sm">
                  <span className="font-medium">{service.name}</span>
                  <span className="text-stone-600">
                    {formatDuration(service.durationMinutes)} · {formatPrice(service.priceCents, service.currency)}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="hours-heading" className="rounded-xl border border-stone-200 bg-white p-6">
          <h2 id="hours-heading" className="text-lg font-semibold">
            Your weekly hours
          </h2>
          <WeeklyHoursList ranges={work.weeklyHours} />
        </section>
      </div>
    </div>
  );
}
