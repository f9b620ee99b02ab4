import type { Metadata } from "next";
import Link from "next/link";
import { ErasureDecision } from "@/components/privacy/ErasureDecision";
import { RetentionPolicyForm } from "@/components/privacy/RetentionPolicyForm";
import { DataTable } from "@/components/ui/DataTable";
import { requirePageActor } from "@/lib/auth/page-guard";
import { formatDateTime } from "@/lib/format/zoned";
import { getSpaLocation } from "@/lib/location/queries";
import { getRetentionPolicy, listPrivacyRequests } from "@/lib/privacy/queries";
import { approveErasureAction, declineErasureAction, setRetentionPolicyAction } from "./actions";

export const metadata: Metadata = { title: "Privacy requests" };

export default async function AdminPrivacyPage() {
  const actor = await requirePageActor("privacy:manage-requests", "/admin/privacy");
  const [{ pending, decided }, policy, spa] = await Promise.all([listPrivacyRequests(actor), getRetentionPolicy(actor), getSpaLocation()]);
  const zone = spa?.timeZone ?? "UTC";
  const when = (date: Date) => formatDateTime(date, zone, { date: "medium", time: "short" });
  const day = (date: Date) => formatDateTime(date, zone, { date: "medium" });

  return (
    <div className="space-y-8">
      <p>
        <Link href="/admin" className="inline-flex min-h-11 items-center text-brand-700 underline">
          ← Admin
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">Privacy requests</h1>

      <section aria-labelledby="pending-heading" className="space-y-3">
        <h2 id="pending-heading" className="text-lg font-semibold">
          Waiting for a decision ({pending.length})
        </h2>
        {pending.length === 0 ? (
          <p className="text-stone-600">No erasure requests are waiting.</p>
        ) : (
          <ul className="space-y-4">
            {pending.map((request) => (
              <li key={request.id} className="max-w-2xl rounded-xl border border-stone-200 bg-white p-5">
                <h3 className="font-semibold">{request.clientName}</h3>
                <p className="mt-1 text-sm text-stone-600">
                  Asked {when(request.requestedAt)} ·{" "}
                  {request.upcomingVisits === 0
                    ? "no upcoming visits"
                    : `${request.upcomingVisits} upcoming ${request.upcomingVisits === 1 ? "visit" : "visits"} will be cancelled`}
                </p>
                <div className="mt-3">
                  <ErasureDecision
                    requestId={request.id}
                    clientName={request.clientName}
                    approve={approveErasureAction}
                    decline={declineErasureAction}
                  />
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="decided-heading" className="space-y-3">
        <h2 id="decided-heading" className="text-lg font-semibold">
          Decided
        </h2>
        {decided.length === 0 ? (
          <p className="text-stone-600">No decisions yet.</p>
        ) : (
          <DataTable
            rows={decided}
            rowKey={(request) => request.id}
            rowHeader={{ header: "Client", label: (request) => request.clientName }}
            columns={[
              { header: "Asked", cell: (request) => day(request.requestedAt) },
              {
                header: "Decision",
                cell: (request) =>
                  `${request.status === "APPROVED" ? "Erased" : `Declined: ${request.declineReason}`} (${day(request.decidedAt!)}${request.deciderName ? `, ${request.deciderName}` : ""})`,
              },
              {
                header: "Clinical records",
                cell: (request) =>
                  !request.clinicalRecords
                    ? "—"
                    : "purgedAt" in request.clinicalRecords
                      ? `Deleted ${day(request.clinicalRecords.purgedAt)}`
                      : `Kept until ${day(request.clinicalRecords.keptUntil)}`,
              },
            ]}
          />
        )}
      </section>

      <section aria-labelledby="retention-heading" className="max-w-2xl rounded-xl border border-stone-200 bg-white p-6">
        <h2 id="retention-heading" className="mb-1 text-lg font-semibold">
          Retention of clinical records
        </h2>
        <p className="mb-4 text-sm text-stone-600">
          When a client&apos;s data is erased, their treatment notes, signed intakes, consents, clinical photos and homecare plans are kept
          for this many years after their last visit, then deleted automatically. Upcoming visits are cancelled at once, without emailing
          the client.
        </p>
        <RetentionPolicyForm years={policy.clinicalRetentionYears} action={setRetentionPolicyAction} />
      </section>
    </div>
  );
}
