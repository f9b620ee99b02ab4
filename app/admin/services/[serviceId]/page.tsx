import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { DeleteServiceButton } from "@/components/admin/DeleteServiceButton";
import { ServiceForm } from "@/components/admin/ServiceForm";
import { getServiceForEdit } from "@/lib/catalog/admin-queries";
import { requirePageActor } from "@/lib/auth/page-guard";
import { isAppError } from "@/lib/errors/app-error";
import { deleteOrArchiveServiceAction, updateServiceAction } from "../actions";

export const metadata: Metadata = { title: "Edit service" };

export default async function EditServicePage({ params }: { params: Promise<{ serviceId: string }> }) {
  const { serviceId: raw } = await params;
  const actor = await requirePageActor("admin:manage-services", `/admin/services/${raw}`);
  const serviceId = z.uuid().safeParse(raw);
  if (!serviceId.success) notFound();
  const service = await getServiceForEdit(actor, serviceId.data).catch((error: unknown) =>
    isAppError(error) && error.code === "NOT_FOUND" ? null : Promise.reject(error),
  );
  if (!service) notFound();
  return (
    <div className="space-y-6">
      <p>
        <Link href="/admin/services" className="text-brand-700 underline">
          ← Services
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">{service.values.name}</h1>
      <p className="max-w-2xl text-sm text-stone-600">Changes apply to new bookings at once; booked visits keep their times and buffers.</p>
      <ServiceForm
        target={{ serviceId: service.id }}
        defaultValues={service.values}
        submitLabel="Save service"
        save={updateServiceAction}
      />
      <section aria-labelledby="remove-heading" className="space-y-2">
        <h2 id="remove-heading" className="text-lg font-semibold">
          Remove
        </h2>
        <p className="text-sm text-stone-700">
          {service.appointmentCount > 0
            ? `This service has ${service.appointmentCount} appointment(s), so it will be archived (kept for history, no longer bookable).`
            : "Nobody has booked this service, so it will be deleted."}
        </p>
        <DeleteServiceButton serviceId={service.id} archive={service.appointmentCount > 0} action={deleteOrArchiveServiceAction} />
      </section>
    </div>
  );
}
