import type { Metadata } from "next";
import Link from "next/link";
import { AppointmentList } from "@/components/booking/AppointmentList";
import { requirePageActor } from "@/lib/auth/page-guard";
import { listOwnAppointments } from "@/lib/booking/queries";

export const metadata: Metadata = { title: "My appointments" };

export default async function AppointmentsPage() {
  const actor = await requirePageActor("booking:book-own", "/account/appointments");
  const { upcoming, past } = await listOwnAppointments(actor);
  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-2xl font-semibold">My appointments</h1>
        <p className="mt-1">
          <Link href="/book" className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
            Book another visit
          </Link>
        </p>
      </header>
      <section aria-labelledby="upcoming-heading" className="space-y-3">
        <h2 id="upcoming-heading" className="text-lg font-semibold">
          Upcoming
        </h2>
        <AppointmentList appointments={upcoming} empty="No upcoming appointments." />
      </section>
      <section aria-labelledby="past-heading" className="space-y-3">
        <h2 id="past-heading" className="text-lg font-semibold">
          Past and cancelled
        </h2>
        <AppointmentList appointments={past} empty="Nothing here yet." showStatus offerBookAgain />
      </section>
    </div>
  );
}
