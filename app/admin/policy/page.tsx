import type { Metadata } from "next";
import Link from "next/link";
import { PolicyForm } from "@/components/admin/PolicyForm";
import { getBookingPolicy } from "@/lib/policy/commands";
import { requirePageActor } from "@/lib/auth/page-guard";
import { groupTimeZones } from "@/lib/dates/time-zones";
import { updateBookingPolicyAction } from "./actions";

export const metadata: Metadata = { title: "Booking policy" };

export default async function PolicyPage() {
  const actor = await requirePageActor("admin:manage-schedule", "/admin/policy");
  const { locationId: _locationId, intakeReminderHours, ...policy } = await getBookingPolicy(actor);
  return (
    <div className="space-y-6">
      <p>
        <Link href="/admin" className="text-brand-700 underline">
          ← Admin
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">Booking policy</h1>
      <p className="max-w-2xl text-stone-700">Applies to the next availability search: clients see the change at once.</p>
      <PolicyForm
        defaultValues={{ ...policy, intakeReminderHours: intakeReminderHours.join(", ") }}
        timeZones={groupTimeZones(new Date(), policy.timeZone)}
        action={updateBookingPolicyAction}
      />
    </div>
  );
}
