import type { Metadata } from "next";
import Link from "next/link";
import { ClaimOfferForm } from "@/components/waitlist/ClaimOfferForm";
import { formatWhen } from "@/lib/format/zoned";
import { getOfferForClaim, type OfferForClaim } from "@/lib/waitlist/queries";
import { claimWaitlistOfferAction } from "./actions";

// The token is in the path: keep it out of the Referer of any link followed from here.
export const metadata: Metadata = { title: "A time for you", referrer: "no-referrer" };

type Props = { params: Promise<{ token: string }> };

const OUTCOMES: Record<Exclude<OfferForClaim["state"], "invalid" | "pending" | "claimed">, string> = {
  taken: "Sorry, another client on the waitlist booked this time first. You are still on the waitlist.",
  expired: "Sorry, the hold on this time has expired and it has gone to the next person on the waitlist. You are still on the waitlist.",
  withdrawn: "Sorry, this time can no longer be offered. You are still on the waitlist if you have not left it.",
};

/** Where the waitlist offer's email leads: the held time, and one button to book it. */
export default async function ClaimOfferPage({ params }: Props) {
  const { token } = await params;
  const offer = await getOfferForClaim(token);
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="text-2xl font-semibold tracking-tight">
        {offer.state === "claimed" ? "You're booked" : offer.state === "pending" ? "A time has opened up for you" : "Waitlist offer"}
      </h1>
      {offer.state === "invalid" ? (
        <p role="alert" className="mt-4 rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          This link is not valid. Please check your email for the latest offer.
        </p>
      ) : (
        <div className="mt-4 space-y-4 rounded-xl border border-stone-200 bg-white p-6">
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
            <dt className="font-medium text-stone-600">Treatment</dt>
            <dd>{offer.serviceName}</dd>
            <dt className="font-medium text-stone-600">When</dt>
            <dd>{formatWhen(offer.startsAt, offer.timeZone).full}</dd>
            {offer.staffName && (
              <>
                <dt className="font-medium text-stone-600">Esthetician</dt>
                <dd>{offer.staffName}</dd>
              </>
            )}
            {offer.state === "pending" && (
              <>
                <dt className="font-medium text-stone-600">Held until</dt>
                <dd>{formatWhen(offer.expiresAt, offer.timeZone).time}</dd>
              </>
            )}
          </dl>
          {offer.state === "pending" && (
            <ClaimOfferForm token={token} serviceSlug={offer.serviceSlug} timeZone={offer.timeZone} action={claimWaitlistOfferAction} />
          )}
          {offer.state === "claimed" && (
            <div role="status" className="space-y-2">
              <p className="rounded-lg border border-brand-100 bg-brand-50 px-3 py-2 text-brand-800">
                This time is booked for you. We have emailed you the confirmation.
              </p>
              {offer.appointmentId && (
                <Link
                  href={`/account/appointments/${offer.appointmentId}`}
                  className="inline-flex min-h-11 items-center font-medium text-brand-700 underline"
                >
                  See your appointment
                </Link>
              )}
            </div>
          )}
          {(offer.state === "taken" || offer.state === "expired" || offer.state === "withdrawn") && (
            <div className="space-y-2">
              <p role="alert" className="rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-amber-950">
                {OUTCOMES[offer.state]}
              </p>
              <Link
                href={`/book?${new URLSearchParams({ service: offer.serviceSlug })}`}
                className="inline-flex min-h-11 items-center font-medium text-brand-700 underline"
              >
                See other free times
              </Link>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
