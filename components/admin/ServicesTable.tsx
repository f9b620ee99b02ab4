import Link from "next/link";
import type { AdminServiceItem } from "@/lib/catalog/queries";
import { formatDuration } from "@/lib/format/duration";
import { formatPrice } from "@/lib/format/money";

/** Every service with its timing, price, who performs it and whether it can be booked. */
export function ServicesTable({ services }: { services: AdminServiceItem[] }) {
  return (
    <div className="overflow-x-auto rounded-xl border border-stone-200 bg-white">
      <table className="w-full text-left text-sm">
        <thead className="bg-stone-100 text-stone-700">
          <tr>
            <th scope="col" className="px-4 py-2">Service</th>
            <th scope="col" className="px-4 py-2">Duration</th>
            <th scope="col" className="px-4 py-2">Buffers (before / after)</th>
            <th scope="col" className="px-4 py-2">Price</th>
            <th scope="col" className="px-4 py-2">Estheticians</th>
            <th scope="col" className="px-4 py-2">Status</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {services.map((service) => (
            <tr key={service.id}>
              <th scope="row" className="px-4 py-2 font-medium">
                <Link href={`/admin/services/${service.id}`} className="text-brand-700 underline">
                  {service.name}
                </Link>
              </th>
              <td className="px-4 py-2">{formatDuration(service.durationMinutes)}</td>
              <td className="px-4 py-2">
                {service.bufferBeforeMinutes} / {service.bufferAfterMinutes} min
              </td>
              <td className="px-4 py-2">{formatPrice(service.priceCents, service.currency)}</td>
              <td className="px-4 py-2">{service.staffCount}</td>
              <td className="px-4 py-2">{service.active ? "Bookable" : "Archived"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
