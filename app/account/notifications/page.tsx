import type { Metadata } from "next";
import Link from "next/link";
import { FormAlert } from "@/components/ui/FormAlert";
import { requirePageActor } from "@/lib/auth/page-guard";
import { getOwnNotificationPreferences } from "@/lib/notify/queries";
import { updateNotificationPreferencesAction } from "./actions";

export const metadata: Metadata = { title: "Email preferences" };

const ERRORS: Record<string, string> = {
  UNAUTHENTICATED: "Your session ended. Please sign in again and save once more.",
  FORBIDDEN: "You can't change these settings.",
};

export default async function NotificationPreferencesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePageActor("account:manage-notifications", "/account/notifications");
  const [preferences, query] = await Promise.all([getOwnNotificationPreferences(actor), searchParams]);
  const error = typeof query.error === "string" ? (ERRORS[query.error] ?? "Your choices could not be saved. Please try again.") : null;
  const saved = query.saved === "1" && !error ? "Your email preferences are saved." : null;
  return (
    <div className="max-w-2xl space-y-6">
      <header>
        <p>
          <Link href="/account" className="text-sm font-medium text-brand-700 underline">
            My account
          </Link>
        </p>
        <h1 className="text-2xl font-semibold">Email preferences</h1>
        <p className="mt-1 text-stone-600">
          We always email you when you book, move or cancel an appointment. The messages below are optional.
        </p>
      </header>
      <form action={updateNotificationPreferencesAction} className="space-y-4 rounded-xl border border-stone-200 bg-white p-6">
        <fieldset className="space-y-4">
          <legend className="font-semibold">Optional messages</legend>
          <div className="flex gap-3">
            <input
              id="reminders"
              name="reminders"
              type="checkbox"
              defaultChecked={preferences.reminders}
              aria-describedby="reminders-hint"
              className="mt-1 size-5"
            />
            <div>
              <label htmlFor="reminders" className="font-medium">
                Appointment reminders
              </label>
              <p id="reminders-hint" className="text-sm text-stone-600">
                An email the day before each visit.
              </p>
            </div>
          </div>
          <div className="flex gap-3">
            <input
              id="nudges"
              name="nudges"
              type="checkbox"
              defaultChecked={preferences.nudges}
              aria-describedby="nudges-hint"
              className="mt-1 size-5"
            />
            <div>
              <label htmlFor="nudges" className="font-medium">
                Rebooking nudges
              </label>
              <p id="nudges-hint" className="text-sm text-stone-600">
                A note when your suggested next visit comes round.
              </p>
            </div>
          </div>
          <div className="flex gap-3">
            <input
              id="waitlist"
              name="waitlist"
              type="checkbox"
              defaultChecked={preferences.waitlist}
              aria-describedby="waitlist-hint"
              className="mt-1 size-5"
            />
            <div>
              <label htmlFor="waitlist" className="font-medium">
                Waitlist offers
              </label>
              <p id="waitlist-hint" className="text-sm text-stone-600">
                An email when a time you are waiting for frees up, held for you for a short while. With these off, freed times go to the
                next person on the waitlist.
              </p>
            </div>
          </div>
        </fieldset>
        <FormAlert message={error} />
        <FormAlert message={saved} tone="success" />
        <button
          type="submit"
          className="inline-flex min-h-11 items-center justify-center rounded-lg bg-brand-700 px-5 font-medium text-white hover:bg-brand-800"
        >
          Save preferences
        </button>
      </form>
    </div>
  );
}
