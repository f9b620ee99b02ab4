import type { Metadata } from "next";
import Link from "next/link";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { ConfirmIntakeForm } from "@/components/intake/ConfirmIntakeForm";
import { IntakeForm } from "@/components/intake/IntakeForm";
import { getOwnProfile } from "@/lib/account/queries";
import { requirePageActor } from "@/lib/auth/page-guard";
import { blankIntakeInput, prefillIntake } from "@/lib/intake/defaults";
import { getOwnIntake } from "@/lib/intake/queries";
import { getOwnPhotoConsents } from "@/lib/intake/photo-consent";
import { confirmIntakeAction, saveIntakeDraftAction, submitIntakeAction } from "./actions";
import { formatLocalDate } from "@/lib/format/calendar";

export const metadata: Metadata = { title: "Intake form" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function IntakePage({ searchParams }: Props) {
  const actor = await requirePageActor("intake:manage-own", "/account/intake");
  const [params, profile, intake, photos] = await Promise.all([
    searchParams,
    getOwnProfile(actor),
    getOwnIntake(actor),
    getOwnPhotoConsents(actor),
  ]);
  const blank = blankIntakeInput({ fullName: profile.name, email: profile.email, phone: profile.phone ?? "" });
  const defaultValues = prefillIntake(blank, intake.latest?.answers ?? null, intake.draft, {
    clinicalPhotos: photos.CLINICAL?.granted ?? false,
    marketingPhotos: photos.MARKETING?.granted ?? false,
  });
  const done =
    params.submitted === "1"
      ? "Thank you — your intake was submitted."
      : params.confirmed === "1"
        ? "Thank you — your intake was confirmed."
        : null;
  const current = intake.latest && intake.validity?.isCurrent ? { latest: intake.latest, validity: intake.validity } : null;
  // "Nothing has changed — confirm" is for an intake from an earlier day: never straight after signing one.
  const offerConfirm = current !== null && current.validity.submittedOn < intake.today;
  // With a current intake the questions open on request (or to carry on with a draft).
  const showForm = !current || intake.draft !== null || params.update === "1";
  // Sent here from /book (the spa asks for the intake before booking): back there once it is done.
  const returnTo = typeof params.returnTo === "string" ? safeCallbackUrl(params.returnTo) : null;
  const continueTo = returnTo?.startsWith("/book") ? returnTo : null;
  const withReturn = (done: string) => (continueTo ? `${done}&${new URLSearchParams({ returnTo: continueTo })}` : done);
  return (
    <div className="max-w-3xl space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold">Your intake form</h1>
        <p className="text-stone-700">
          Your answers help your esthetician choose what is safe and right for your skin. They are confidential and seen only by the staff
          who treat you. One section at a time; your progress is saved as you go.
        </p>
        {done && (
          <p role="status" className="rounded-lg border border-brand-100 bg-brand-50 px-3 py-2 text-brand-800">
            {done}
            {continueTo && (
              <>
                {" "}
                <Link href={continueTo} className="font-medium underline">
                  Continue booking
                </Link>
              </>
            )}
          </p>
        )}
      </header>
      {current && (
        <section aria-labelledby="current-heading" className="space-y-3 rounded-xl border border-stone-200 bg-white p-6">
          <h2 id="current-heading" className="text-lg font-semibold">
            Your intake from {formatLocalDate(current.validity.submittedOn, "long")} is on file
          </h2>
          <p className="text-stone-700">
            It is valid for visits until {formatLocalDate(current.validity.expiresOn, "long")}.
            {offerConfirm ? " If nothing has changed, confirm it here; otherwise update your answers." : ""}
          </p>
          {offerConfirm && (
            <ConfirmIntakeForm
              submissionId={current.latest.id}
              confirm={confirmIntakeAction}
              doneHref={withReturn("/account/intake?confirmed=1")}
            />
          )}
          {!showForm && (
            <p>
              <Link href="/account/intake?update=1" className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
                Something changed? Update my answers
              </Link>
            </p>
          )}
        </section>
      )}
      {intake.latest && !current && (
        <p className="rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-amber-900">
          Your last intake, from {formatLocalDate(intake.latest.submittedOn, "long")}, has expired. Please check your answers and sign it
          again.
        </p>
      )}
      {showForm && (
        <section aria-label={current ? "Update your answers" : "Your answers"} className="space-y-4">
          <IntakeForm
            today={intake.today}
            defaultValues={defaultValues}
            actions={{ saveDraft: saveIntakeDraftAction, submit: submitIntakeAction }}
            doneHref={withReturn("/account/intake?submitted=1")}
          />
        </section>
      )}
    </div>
  );
}
