import { DataTable } from "@/components/ui/DataTable";
import type { AdminServiceItem } from "@/lib/catalog/queries";
import { formatDuration } from "@/lib/format/duration";
import { formatPrice } from "@/lib/format/money";

/** Every service with its timing, price, who performs it and whether it can be booked. */
export function ServicesTable({ services }: { services: AdminServiceItem[] }) {
  return (
    <DataTable
      rows={services}
      rowKey={(service) => service.id}
      rowHeader={{ header: "Service", label: (service) => service.name, href: (service) => `/admin/services/${service.id}` }}
      columns={[
        { header: "Duration", cell: (service) => formatDuration(service.durationMinutes) },
        { header: "Buffers (before / after)", cell: (service) => `${service.bufferBeforeMinutes} / ${service.bufferAfterMinutes} min` },
        { header: "Price", cell: (service) => formatPrice(service.priceCents, service.currency) },
        { header: "Estheticians", cell: (service) => service.staffCount },
        { header: "Status", cell: (service) => (service.active ? "Bookable" : "Archived") },
      ]}
    />
  );
}
