import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/page-guard";
import { formatLoggedAt, timeZoneNote } from "@/lib/format/zoned";
import { listEmailMessages } from "@/lib/notify/queries";
import { timeZoneCity } from "@/lib/dates/time-zones";
import { emailLogFilterSchema, STATE_LABELS, TEMPLATE_LABELS, type EmailLogFilter } from "@/lib/notify/schema";
import { EmailLogFilters } from "./filters";

export const metadata: Metadata = { title: "Email log" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

function hrefFor(filter: EmailLogFilter, page: number): string {
  const params = new URLSearchParams();
  for (const key of ["q", "state", "template", "from", "to"] as const) {
    const value = filter[key];
    if (value) params.set(key, value);
  }
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/admin/emails?${query}` : "/admin/emails";
}

export default async function EmailLogPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor("admin:view-emails", "/admin/emails");
  const raw = await searchParams;
  const input = Object.fromEntries(["q", "state", "template", "from", "to", "page"].map((key) => [key, first(raw[key])]));
  const parsed = emailLogFilterSchema.safeParse(input);
  const filter: EmailLogFilter = parsed.success ? parsed.data : { page: 1 };
  const log = await listEmailMessages(actor, filter);
  return (
    <div className="space-y-6">
      <header>
        <p>
          <Link href="/admin" className="text-sm font-medium text-brand-700 underline">
            Admin
          </Link>
        </p>
        <h1 className="text-2xl font-semibold">Email log</h1>
        <p className="mt-1 text-stone-600">Every message the spa sends, with its delivery state. Open one to read it as it was sent.</p>
        <p className="mt-1 text-sm text-stone-600">{timeZoneNote(log.timeZone, new Date())}, the spa&apos;s zone.</p>
      </header>
      {!parsed.success && (
        <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          Some filters were not valid and were ignored. Dates look like 2026-11-02.
        </p>
      )}
      <EmailLogFilters filter={filter} zoneName={`${timeZoneCity(log.timeZone)} time`} />
      <div
        role="region"
        aria-label="Messages (scrolls sideways)"
        tabIndex={0}
        className="overflow-x-auto rounded-xl border border-stone-200 bg-white"
      >
        <table className="w-full text-left text-sm">
          <caption className="px-4 py-2 text-left text-stone-600">
            {log.total === 1 ? "1 message" : `${log.total} messages`}, newest first · page {log.page} of {log.pageCount}
          </caption>
          <thead className="bg-stone-100 text-stone-700">
            <tr>
              <th scope="col" className="px-4 py-2">
                Subject
              </th>
              <th scope="col" className="px-4 py-2">
                To
              </th>
              <th scope="col" className="px-4 py-2">
                Message
              </th>
              <th scope="col" className="px-4 py-2">
                State
              </th>
              <th scope="col" className="px-4 py-2">
                Attempts
              </th>
              <th scope="col" className="px-4 py-2">
                Created
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100">
            {log.items.map((message) => (
              <tr key={message.id}>
                <th scope="row" className="px-4 py-2 font-medium">
                  <Link href={`/admin/emails/${message.id}`} className="text-brand-700 underline">
                    {message.subject}
                  </Link>
                </th>
                <td className="px-4 py-2">{message.toAddress}</td>
                <td className="px-4 py-2">{TEMPLATE_LABELS[message.template]}</td>
                <td className="px-4 py-2">
                  {STATE_LABELS[message.state]}
                  {message.state === "SCHEDULED" && (
                    <span className="block text-stone-500">for {formatLoggedAt(message.sendAfter, log.timeZone)}</span>
                  )}
                </td>
                <td className="px-4 py-2">{message.attempts}</td>
                <td className="px-4 py-2 whitespace-nowrap">{formatLoggedAt(message.createdAt, log.timeZone)}</td>
              </tr>
            ))}
            {log.items.length === 0 && (
              <tr>
                <td colSpan={6} className="px-4 py-6 text-center text-stone-600">
                  No messages match these filters.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {log.pageCount > 1 && (
        <nav aria-label="Email log pages" className="flex items-center gap-4">
          {log.page > 1 && (
            <Link href={hrefFor(filter, log.page - 1)} className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
              Previous page
            </Link>
          )}
          <span aria-current="page">
            Page {log.page} of {log.pageCount}
          </span>
          {log.page < log.pageCount && (
            <Link href={hrefFor(filter, log.page + 1)} className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
              Next page
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
