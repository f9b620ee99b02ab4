import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/page-guard";
import { listServicesForAdmin } from "@/lib/catalog/queries";
import { formatDuration } from "@/lib/format/duration";
import { formatPrice } from "@/lib/format/money";

export const metadata: Metadata = { title: "Services" };

export default async function ServicesPage() {
  const actor = await requirePageActor("admin:manage-services", "/admin/services");
  const services = await listServicesForAdmin(actor);
  return (
    <div className="space-y-6">
      <p><Link href="/admin" className="text-brand-700 underline">← Admin</Link></p>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Services</h1>
        <Link href="/admin/services/new" className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-4 font-medium text-white">New service</Link>
      </div>
      <div className="overflow-x-auto rounded-xl border border-stone-200 bg-white">
        <table className="w-full text-left text-sm">
          <thead className="bg-stone-100 text-stone-700">
            <tr>
              <th scope="col" className="px-4 py-2">Service</th>
              <th scope="col" className="px-4 py-2">Duration</th>
              <th scope="col" className="px-4 py-2">Buffers (before / after)</th>
              <th scope="col" className="px-4 py-2">Price</th>
              <th scope="col" className="px-4 py-2">Status</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100">
            {services.map((s) => (
              <tr key={s.id}>
                <th scope="row" className="px-4 py-2 font-medium"><Link href={`/admin/services/${s.id}`} className="text-brand-700 underline">{s.name}</Link></th>
                <td className="px-4 py-2">{formatDuration(s.durationMinutes)}</td>
                <td className="px-4 py-2">{s.bufferBeforeMinutes} / {s.bufferAfterMinutes} min</td>
                <td className="px-4 py-2">{formatPrice(s.priceCents, s.currency)}</td>
                <td className="px-4 py-2">{s.active ? "Bookable" : "Archived"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
