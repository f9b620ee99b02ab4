import type { Metadata } from "next";
import Link from "next/link";
import { appointmentStatusLabel } from "@/components/booking/appointment-status";
import { ClientContactForm } from "@/components/clients/ClientContactForm";
import { ClientLinkButton } from "@/components/clients/ClientLinkButton";
import { ClientPreferencesForm } from "@/components/clients/ClientPreferencesForm";
import { MergeClientForm } from "@/components/clients/MergeClientForm";
import { DataTable } from "@/components/ui/DataTable";
import { orNotFound, requirePageActor } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/policy";
import { getClientProfile, listActiveEstheticians, listMergeCandidates, type ClientVisit } from "@/lib/clients/queries";
import { SEVERITY_LABELS } from "@/lib/contraindications/summary";
import { formatLocalDate } from "@/lib/format/calendar";
import { formatDateTime, formatInstant } from "@/lib/format/zoned";
import { TEMPLATE_LABELS, STATE_LABELS, type EmailStateName, type EmailTemplateName } from "@/lib/notify/schema";
import {
  mergeClientsAction,
  sendIntakeLinkAction,
  sendPasswordLinkAction,
  updateClientContactAction,
  updateClientPreferencesAction,
} from "./actions";

export const metadata: Metadata = { title: "Client" };

type Props = { params: Promise<{ clientId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const section = "space-y-3 rounded-xl border border-stone-200 bg-white p-5";
const INTAKE_TEXT = { missing: "No intake form yet", expired: "Expired", current: "Current" } as const;

/** A client's page for the desk (and, for their own clients, an esthetician): everything but charts. */
export default async function ClientPage({ params, searchParams }: Props) {
  const { clientId } = await params;
  const actor = await requirePageActor("clients:view", `/admin/clients/${clientId}`);
  const client = await orNotFound(getClientProfile(actor, clientId));
  const merged = (await searchParams).merged === "1";
  const manage = can(actor, "clients:manage");
  const [candidates, staff] = await Promise.all([
    can(actor, "clients:merge") ? listMergeCandidates(actor, client.id) : Promise.resolve([]),
    listActiveEstheticians(actor),
  ]);
  const when = (date: Date) => formatInstant(date, client.timeZone);
  const chart = can(actor, "chart:view");
  const visitColumns = [
    { header: "Treatment", cell: (visit: ClientVisit) => visit.serviceName },
    { header: "With", cell: (visit: ClientVisit) => visit.staffName },
    { header: "Status", cell: (visit: ClientVisit) => appointmentStatusLabel(visit.status) },
    {
      header: "Intake and flags",
      cell: (visit: ClientVisit) =>
        [
          visit.badges.intake === "missing" || visit.badges.intake === "expired" ? `Intake ${visit.badges.intake}` : null,
          visit.badges.flag ? `Flagged: ${SEVERITY_LABELS[visit.badges.flag]}` : null,
        ]
          .filter(Boolean)
          .join(" · ") || "—",
    },
  ];
  const visitHeader = {
    header: "When",
    label: (visit: ClientVisit) => when(visit.startsAt),
    href: chart ? (visit: ClientVisit) => `/staff/appointments/${visit.id}` : undefined,
  };
  return (
    <div className="space-y-6">
      <p>
        <Link href="/admin/clients" className="text-brand-700 underline">
          ← Clients
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">{client.name}</h1>
      {merged && (
        <p role="status" className="rounded-lg border border-brand-100 bg-brand-50 px-3 py-2 text-sm text-brand-800">
          The duplicate was merged into {client.name}.
        </p>
      )}
      <p className="text-sm text-stone-700">
        {client.counts.visits} visit{client.counts.visits === 1 ? "" : "s"} · {client.counts.noShows} no-show
        {client.counts.noShows === 1 ? "" : "s"} · {client.counts.lateCancellations} late cancellation
        {client.counts.lateCancellations === 1 ? "" : "s"} · client since{" "}
        {formatDateTime(client.memberSince, client.timeZone, { date: "medium" })}
        {client.hasPassword ? "" : " · has not set a password yet"}
      </p>

      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="contact-heading" className={section}>
          <h2 id="contact-heading" className="text-lg font-semibold">
            Contact
          </h2>
          {manage ? (
            <ClientContactForm
              action={updateClientContactAction}
              defaultValues={{ clientId: client.id, name: client.name, phone: client.phone ?? "", email: client.email ?? "" }}
              emailLocked={client.hasPassword}
            />
          ) : (
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-sm">
              <dt className="text-stone-600">Phone</dt>
              <dd>{client.phone ?? "—"}</dd>
              <dt className="text-stone-600">Email</dt>
              <dd>{client.email ?? "—"}</dd>
            </dl>
          )}
          {manage && client.email && !client.hasPassword && (
            <ClientLinkButton label="Send set-password link" clientId={client.id} action={sendPasswordLinkAction} />
          )}
        </section>

        <section aria-labelledby="intake-heading" className={section}>
          <h2 id="intake-heading" className="text-lg font-semibold">
            Intake and flags
          </h2>
          <p className="text-sm">
            Intake: <strong>{INTAKE_TEXT[client.intake.state]}</strong>
            {client.intake.submittedOn &&
              ` (signed ${formatLocalDate(client.intake.submittedOn, "medium")}, valid until ${formatLocalDate(client.intake.expiresOn!, "medium")})`}
          </p>
          {client.flags.length === 0 ? (
            <p className="text-sm text-stone-600">
              {client.intake.state === "missing" ? "No flags can be known without an intake." : "No flags."}
            </p>
          ) : (
            <ul className="list-disc space-y-1 pl-5 text-sm">
              {client.flags.map((flag) => (
                <li key={flag.message}>
                  <strong>{SEVERITY_LABELS[flag.severity]}:</strong> {flag.message}
                </li>
              ))}
            </ul>
          )}
          {manage && <ClientLinkButton label="Send intake link now" clientId={client.id} action={sendIntakeLinkAction} />}
        </section>
      </div>

      <section aria-labelledby="upcoming-heading" className="space-y-3">
        <h2 id="upcoming-heading" className="text-lg font-semibold">
          Upcoming visits
        </h2>
        {client.upcoming.length === 0 ? (
          <p className="text-sm text-stone-600">No upcoming visits.</p>
        ) : (
          <DataTable rows={client.upcoming} rowKey={(visit) => visit.id} rowHeader={visitHeader} columns={visitColumns} />
        )}
      </section>

      <section aria-labelledby="past-heading" className="space-y-3">
        <h2 id="past-heading" className="text-lg font-semibold">
          Past visits
        </h2>
        {client.past.length === 0 ? (
          <p className="text-sm text-stone-600">No past visits.</p>
        ) : (
          <DataTable rows={client.past} rowKey={(visit) => visit.id} rowHeader={visitHeader} columns={visitColumns} />
        )}
      </section>

      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="plans-heading" className={section}>
          <h2 id="plans-heading" className="text-lg font-semibold">
            Homecare plans
          </h2>
          {client.homecarePlans.length === 0 ? (
            <p className="text-sm text-stone-600">No homecare plans yet.</p>
          ) : (
            <ul className="space-y-1 text-sm">
              {client.homecarePlans.map((plan) => (
                <li key={plan.id}>
                  {can(actor, "homecare:manage") ? (
                    <Link href={`/staff/appointments/${plan.appointmentId}/homecare`} className="text-brand-700 underline">
                      Visit of {when(plan.visitStartsAt)}
                    </Link>
                  ) : (
                    `Visit of ${when(plan.visitStartsAt)}`
                  )}{" "}
                  —{" "}
                  {plan.state === "PUBLISHED"
                    ? `published ${formatDateTime(plan.publishedAt!, client.timeZone, { date: "medium" })}`
                    : "draft"}
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="messages-heading" className={section}>
          <h2 id="messages-heading" className="text-lg font-semibold">
            Messages sent
          </h2>
          {client.messages.length === 0 ? (
            <p className="text-sm text-stone-600">{client.email ? "No messages yet." : "No email address: no messages."}</p>
          ) : (
            <ul className="space-y-1 text-sm">
              {client.messages.map((message) => (
                <li key={message.id}>
                  {formatDateTime(message.createdAt, client.timeZone, { date: "medium", time: "short" })} ·{" "}
                  {TEMPLATE_LABELS[message.template as EmailTemplateName]} · {STATE_LABELS[message.state as EmailStateName]}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      {manage && (
        <section aria-labelledby="preferences-heading" className={section}>
          <h2 id="preferences-heading" className="text-lg font-semibold">
            Preferences
          </h2>
          <ClientPreferencesForm action={updateClientPreferencesAction} clientId={client.id} defaults={client.preferences} staff={staff} />
        </section>
      )}

      {can(actor, "clients:merge") && (
        <section aria-labelledby="merge-heading" className={section}>
          <h2 id="merge-heading" className="text-lg font-semibold">
            Merge a duplicate
          </h2>
          <MergeClientForm action={mergeClientsAction} clientId={client.id} clientName={client.name} candidates={candidates} />
        </section>
      )}
    </div>
  );
}
