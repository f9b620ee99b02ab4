import type { Metadata } from "next";
import Link from "next/link";
import { describePreferences } from "@/components/waitlist/EntrySummary";
import { DeskWaitlistForm } from "@/components/waitlist/DeskWaitlistForm";
import { OffersReportPanel } from "@/components/waitlist/OffersReportPanel";
import { WaitlistPolicyForm } from "@/components/waitlist/WaitlistPolicyForm";
import { WaitlistRowActions } from "@/components/waitlist/WaitlistRowActions";
import { requirePageActor } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/policy";
import { addDays, getLocalDate } from "@/lib/dates/local-date";
import { formatLocalDate } from "@/lib/format/calendar";
import { formatWhen } from "@/lib/format/zoned";
import { requireSpaLocation } from "@/lib/location/queries";
import { getOffersReport, getWaitlistPolicy, listWaitlistForDay, listWaitlistServices } from "@/lib/waitlist/queries";
import { waitlistViewSchema } from "@/lib/waitlist/schema";
import { findClientsAction } from "../calendar/actions";
import { addToWaitlistAction, moveWaitlistEntryAction, removeWaitlistEntryAction, updateWaitlistPolicyAction } from "./actions";

export const metadata: Metadata = { title: "Waitlist" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const selectClass = "mt-1 block min-h-11 w-full rounded-lg border border-stone-300 bg-white px-3";

/** The desk's waitlist: who waits for a day, by treatment in offer order; adding and reordering; the admin's report and settings. */
export default async function WaitlistPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor("waitlist:manage", "/admin/waitlist");
  const params = await searchParams;
  const parsed = waitlistViewSchema.safeParse({ date: params.date || undefined, service: params.service || undefined });
  const view = parsed.success ? parsed.data : {};
  const location = await requireSpaLocation();
  const today = getLocalDate(new Date(), location.timeZone);
  const admin = can(actor, "waitlist:view-report");
  const [day, services, report, policy] = await Promise.all([
    listWaitlistForDay(actor, { date: view.date, serviceId: view.service }),
    listWaitlistServices(actor),
    admin ? getOffersReport(actor, {}) : Promise.resolve(null),
    can(actor, "waitlist:manage-policy") ? getWaitlistPolicy(actor) : Promise.resolve(null),
  ]);
  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-2xl font-semibold">Waitlist</h1>
        <p className="mt-1 max-w-2xl text-stone-700">
          When time frees up, it is offered in this order and held for the client while they decide. Move a client up to offer them first.
        </p>
      </header>
      <form method="get" aria-label="Choose a day and treatment" className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="waitlist-date" className="block text-sm font-medium">
            Day
          </label>
          <input id="waitlist-date" name="date" type="date" defaultValue={day.date} min={today} className={selectClass} />
        </div>
        <div className="min-w-56">
          <label htmlFor="waitlist-service" className="block text-sm font-medium">
            Treatment
          </label>
          <select id="waitlist-service" name="service" defaultValue={view.service ?? ""} className={selectClass}>
            <option value="">All treatments</option>
            {services.map((service) => (
              <option key={service.id} value={service.id}>
                {service.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="min-h-11 rounded-lg bg-brand-700 px-4 font-medium text-white">
          Show
        </button>
        <Link
          href={`/admin/waitlist?date=${addDays(day.date, 1)}${view.service ? `&service=${view.service}` : ""}`}
          className="inline-flex min-h-11 items-center px-2 text-brand-700 underline"
        >
          Next day
        </Link>
      </form>
      <section aria-labelledby="waiting-heading" className="space-y-4">
        <h2 id="waiting-heading" className="text-lg font-semibold">
          Waiting for {formatLocalDate(day.date, "full")}
        </h2>
        {day.groups.length === 0 && <p className="text-stone-700">Nobody is waiting for a time on this day.</p>}
        {day.groups.map((group) => (
          <section key={group.serviceId} aria-label={group.serviceName} className="rounded-xl border border-stone-200 bg-white p-4">
            <h3 className="font-semibold">{group.serviceName}</h3>
            <ol className="mt-2 divide-y divide-stone-200">
              {group.entries.map((entry, index) => (
                <li key={entry.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
                  <div className="min-w-0">
                    <p className="font-medium">
                      <span className="text-stone-500">{index + 1}. </span>
                      <Link href={`/admin/clients/${entry.clientId}`} className="text-brand-700 underline">
                        {entry.clientName}
                      </Link>
                    </p>
                    <p className="text-sm text-stone-700">
                      {entry.staffName ? `With ${entry.staffName}` : "Any esthetician"} · {describePreferences(entry)}
                    </p>
                    <p className="text-sm text-stone-600">
                      {entry.offer
                        ? `Offered ${formatWhen(entry.offer.startsAt, day.timeZone).full}, held until ${formatWhen(entry.offer.expiresAt, day.timeZone).time}`
                        : `Waiting since ${formatWhen(entry.createdAt, day.timeZone).date}`}
                      {entry.clientEmail ? "" : " · no email: offers cannot reach them"}
                    </p>
                  </div>
                  <WaitlistRowActions
                    entryId={entry.id}
                    clientName={entry.clientName}
                    isFirst={index === 0}
                    isLast={index === group.entries.length - 1}
                    move={moveWaitlistEntryAction}
                    remove={removeWaitlistEntryAction}
                  />
                </li>
              ))}
            </ol>
          </section>
        ))}
      </section>
      <section aria-labelledby="add-heading" className="max-w-2xl rounded-xl border border-stone-200 bg-white p-6">
        <h2 id="add-heading" className="mb-4 text-lg font-semibold">
          Add a client to the waitlist
        </h2>
        <DeskWaitlistForm
          services={services}
          today={today}
          lastDate={addDays(today, 90)}
          findClients={findClientsAction}
          action={addToWaitlistAction}
        />
      </section>
      {report && <OffersReportPanel report={report} />}
      {policy && (
        <section aria-labelledby="policy-heading" className="max-w-2xl rounded-xl border border-stone-200 bg-white p-6">
          <h2 id="policy-heading" className="mb-4 text-lg font-semibold">
            Waitlist settings
          </h2>
          <WaitlistPolicyForm defaultValues={policy} action={updateWaitlistPolicyAction} />
        </section>
      )}
    </div>
  );
}
