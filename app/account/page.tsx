import type { Metadata } from "next";
import Link from "next/link";
import { ProfileForm } from "@/components/account/ProfileForm";
import { updateProfileAction } from "./actions";
import { AppointmentList } from "@/components/booking/AppointmentList";
import { getOwnProfile } from "@/lib/account/queries";
import { requirePageActor } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/policy";
import { listOwnAppointments } from "@/lib/booking/queries";
import { formatDateTime } from "@/lib/format/zoned";
import { getSpaLocation } from "@/lib/location/queries";

export const metadata: Metadata = { title: "My account" };

export default async function AccountPage() {
  const actor = await requirePageActor("account:view-own-profile", "/account");
  const [profile, appointments, spa] = await Promise.all([
    getOwnProfile(actor),
    can(actor, "booking:book-own") ? listOwnAppointments(actor) : Promise.resolve(null),
    getSpaLocation(),
  ]);
  const memberSince = formatDateTime(profile.memberSince, spa?.timeZone ?? "UTC", { date: "long" });
  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-2xl font-semibold">My account</h1>
        <p className="mt-1 text-stone-600">
          Signed in as {profile.email} · client since {memberSince}
        </p>
      </header>
      {appointments && (
        <section aria-labelledby="appointments-heading" className="max-w-2xl space-y-3">
          <h2 id="appointments-heading" className="text-lg font-semibold">
            Upcoming appointments
          </h2>
          <AppointmentList
            appointments={appointments.upcoming}
            empty={
              <Link href="/book" className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
                Book a facial
              </Link>
            }
          />
          <p className="flex flex-wrap gap-x-6">
            <Link href="/account/appointments" className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
              All appointments, including past visits
            </Link>
            <Link href="/account/intake" className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
              My health and skin intake
            </Link>
            <Link href="/account/homecare" className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
              My homecare plans
            </Link>
            <Link href="/account/photos" className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
              Photos and consent
            </Link>
            <Link href="/account/waitlist" className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
              My waitlist
            </Link>
          </p>
        </section>
      )}
      <section aria-labelledby="profile-heading" className="max-w-lg rounded-xl border border-stone-200 bg-white p-6">
        <h2 id="profile-heading" className="text-lg font-semibold">
          Contact details
        </h2>
        <p className="mt-1 text-sm text-stone-600">We use these to confirm your visits and reach you if plans change.</p>
        <ProfileForm defaultValues={{ name: profile.name, phone: profile.phone ?? "" }} updateProfile={updateProfileAction} />
        <p className="mt-4 flex flex-wrap gap-x-6 text-sm">
          <Link href="/account/notifications" className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
            Email reminders and reminders to rebook
          </Link>
          {can(actor, "privacy:request-erasure") && (
            <Link href="/account/privacy" className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
              Your data and privacy
            </Link>
          )}
        </p>
      </section>
    </div>
  );
}
