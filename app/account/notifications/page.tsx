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
          <PreferenceCheckbox
            name="reminders"
            checked={preferences.reminders}
            label="Appointment reminders"
            hint="An email the day before each visit."
          />
          <PreferenceCheckbox
            name="nudges"
            checked={preferences.nudges}
            label="Rebooking nudges"
            hint="A note when your suggested next visit comes round."
          />
          <PreferenceCheckbox
            name="waitlist"
            checked={preferences.waitlist}
            label="Waitlist offers"
            hint="An email when a time you are waiting for frees up, held for you for a short while. With these off, freed times go to the next person on the waitlist."
          />
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

/** One optional message: a checkbox with its label and what it sends. */
function PreferenceCheckbox(props: { name: string; checked: boolean; label: string; hint: string }) {
  return (
    <div className="flex gap-3">
      <input
        id={props.name}
        name={props.name}
        type="checkbox"
        defaultChecked={props.checked}
        aria-describedby={`${props.name}-hint`}
        className="mt-1 size-5"
      />
      <div>
        <label htmlFor={props.name} className="font-medium">
          {props.label}
        </label>
        <p id={`${props.name}-hint`} className="text-sm text-stone-600">
          {props.hint}
        </p>
      </div>
    </div>
  );
}
