import type { Metadata } from "next";
import Link from "next/link";
import { createEstheticianAction } from "@/app/admin/staff/actions";
import { NewStaffForm } from "@/components/admin/NewStaffForm";
import { requirePageActor } from "@/lib/auth/page-guard";
import { listServicesForAdmin } from "@/lib/catalog/queries";
import { getLocalDate } from "@/lib/dates/local-date";
import { requireSpaLocation } from "@/lib/location/queries";

export const metadata: Metadata = { title: "New esthetician" };

export default async function NewStaffPage() {
  const actor = await requirePageActor("admin:manage-staff", "/admin/staff/new");
  const [services, { timeZone }] = await Promise.all([listServicesForAdmin(actor), requireSpaLocation()]);
  return (
    <div className="space-y-6">
      <p>
        <Link href="/admin" className="text-brand-700 underline">
          ← Admin
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">New esthetician</h1>
      <p className="max-w-xl text-stone-700">
        Creates their sign-in and staff profile. Set their weekly hours on the next page; until then they are not offered for booking.
      </p>
      <NewStaffForm today={getLocalDate(new Date(), timeZone)} services={services} action={createEstheticianAction} />
    </div>
  );
}
