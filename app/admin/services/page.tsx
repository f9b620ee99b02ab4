import type { Metadata } from "next";
import Link from "next/link";
import { ServicesTable } from "@/components/admin/ServicesTable";
import { requirePageActor } from "@/lib/auth/page-guard";
import { listServicesForAdmin } from "@/lib/catalog/queries";

export const metadata: Metadata = { title: "Services" };

export default async function ServicesPage() {
  const actor = await requirePageActor("admin:manage-services", "/admin/services");
  const services = await listServicesForAdmin(actor);
  return (
    <div className="space-y-6">
      <p>
        <Link href="/admin" className="text-brand-700 underline">
          ← Admin
        </Link>
      </p>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Services</h1>
        <Link href="/admin/services/new" className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-4 font-medium text-white">
          New service
        </Link>
      </div>
      <ServicesTable services={services} />
    </div>
  );
}
