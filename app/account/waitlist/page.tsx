import type { Metadata } from "next";
import Link from "next/link";
import { describePreferences, HeldNotice } from "@/components/waitlist/EntrySummary";
import { LeaveWaitlistButton } from "@/components/waitlist/LeaveWaitlistButton";
import { FormAlert } from "@/components/ui/FormAlert";
import { requirePageActor } from "@/lib/auth/page-guard";
import { getSpaLocation } from "@/lib/location/queries";
import { getOwnNotificationPreferences } from "@/lib/notify/queries";
import { listOwnWaitlist } from "@/lib/waitlist/queries";
import { leaveWaitlistAction } from "./actions";

export const metadata: Metadata = { title: "My waitlist" };

export default async function OwnWaitlistPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor("waitlist:join-own", "/account/waitlist");
  const [entries, spa, preferences, query] = await Promise.all([
    listOwnWaitlist(actor),
    getSpaLocation(),
    getOwnNotificationPreferences(actor),
    searchParams,
  ]);
  const timeZone = spa?.timeZone ?? "UTC";
  return (
    <div className="max-w-2xl space-y-6">
      <header>
        <p>
          <Link href="/account" className="text-sm font-medium text-brand-700 underline">
            My account
          </Link>
        </p>
        <h1 className="text-2xl font-semibold">My waitlist</h1>
        <p className="mt-1 text-stone-600">When a time you are waiting for frees up, we email you and hold it for you for a short while.</p>
      </header>
      <FormAlert message={query.joined === "1" ? "You are on the waitlist. We'll email you when a time frees up." : null} tone="success" />
      {!preferences.waitlist && (
        <p className="rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          Waitlist emails are turned off, so freed times go to the next person.{" "}
          <Link href="/account/notifications" className="font-medium underline">
            Turn them on
          </Link>
        </p>
      )}
      {entries.length === 0 ? (
        <p className="text-stone-700">
          You are not waiting for any treatment.{" "}
          <Link href="/book" className="font-medium text-brand-700 underline">
            Book a facial
          </Link>
        </p>
      ) : (
        <ul className="space-y-3">
          {entries.map((entry) => (
            <li key={entry.id} className="rounded-xl border border-stone-200 bg-white p-4">
              <div className="flex flex-wrap items-start justify-between gap-3">
                <div>
                  <h2 className="font-semibold">{entry.serviceName}</h2>
                  <p className="text-sm text-stone-700">{entry.staffName ? `With ${entry.staffName}` : "With any esthetician"}</p>
                  <p className="text-sm text-stone-700">{describePreferences(entry)}</p>
                </div>
                <LeaveWaitlistButton entryId={entry.id} label="Leave the waitlist" action={leaveWaitlistAction} />
              </div>
              <HeldNotice offer={entry.offer} timeZone={timeZone} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
