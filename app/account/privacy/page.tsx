import type { Metadata } from "next";
import Link from "next/link";
import { ErasureRequestForm } from "@/components/privacy/ErasureRequestForm";
import { requirePageActor } from "@/lib/auth/page-guard";
import { formatDateTime } from "@/lib/format/zoned";
import { getSpaLocation } from "@/lib/location/queries";
import { clinicalRetentionYears, getOwnErasureRequest } from "@/lib/privacy/queries";
import { requestErasureAction } from "./actions";

export const metadata: Metadata = { title: "Your data and privacy" };

const LINK =
  "inline-flex min-h-11 items-center justify-center rounded-lg border border-stone-300 bg-white px-4 font-medium text-brand-800 hover:bg-stone-50";

export default async function PrivacyPage() {
  const actor = await requirePageActor("privacy:request-erasure", "/account/privacy");
  const [request, years, spa] = await Promise.all([getOwnErasureRequest(actor), clinicalRetentionYears(), getSpaLocation()]);
  const when = (date: Date) => formatDateTime(date, spa?.timeZone ?? "UTC", { date: "long" });
  const spaName = spa?.name ?? "The spa";

  return (
    <div className="max-w-2xl space-y-8">
      <header>
        <p>
          <Link href="/account" className="inline-flex min-h-11 items-center text-brand-700 underline">
            ← My account
          </Link>
        </p>
        <h1 className="text-2xl font-semibold">Your data and privacy</h1>
      </header>

      <section aria-labelledby="download-heading" className="rounded-xl border border-stone-200 bg-white p-6">
        <h2 id="download-heading" className="text-lg font-semibold">
          Download your data
        </h2>
        <p className="mt-1 text-stone-700">
          Everything {spaName} holds about you: your details, appointments, the intakes you signed, what was done at each treatment, your
          homecare plans, the messages we sent you and your consents.
        </p>
        <div className="mt-4 flex flex-wrap gap-3">
          <a href="/api/v1/account/export/pdf" download className={LINK}>
            Download as PDF<span className="sr-only"> (to read or print)</span>
          </a>
          <a href="/api/v1/account/export/json" download className={LINK}>
            Download as JSON<span className="sr-only"> (machine-readable, to take to another provider)</span>
          </a>
        </div>
        <p className="mt-2 text-sm text-stone-600">The PDF is for reading and printing; the JSON file is for moving your data elsewhere.</p>
      </section>

      <section aria-labelledby="erasure-heading" className="rounded-xl border border-stone-200 bg-white p-6">
        <h2 id="erasure-heading" className="text-lg font-semibold">
          Erase your data
        </h2>
        <p className="mt-1 text-stone-700">When the spa approves your request:</p>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-stone-700">
          <li>your name, email, phone number and notes are removed at once, and you can no longer sign in;</li>
          <li>your upcoming appointments are cancelled and no more messages are sent to you;</li>
          <li>
            your treatment records, signed intakes and consents are kept for {years} years after your last visit, as the law requires of
            health records, and then deleted.
          </li>
        </ul>
        <div className="mt-4">
          {request?.status === "PENDING" ? (
            <p role="status" className="rounded-lg border border-brand-100 bg-brand-50 px-3 py-2 text-brand-900">
              You asked for erasure on {when(request.requestedAt)}. The spa will decide soon; the answer will appear here.
            </p>
          ) : (
            <>
              {request?.status === "DECLINED" && (
                <p className="mb-4 rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-amber-900">
                  Your request of {when(request.requestedAt)} was declined on {when(request.decidedAt!)}: {request.declineReason} You can
                  ask again below.
                </p>
              )}
              <ErasureRequestForm action={requestErasureAction} />
            </>
          )}
        </div>
      </section>
    </div>
  );
}
