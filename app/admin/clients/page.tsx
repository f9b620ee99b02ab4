import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/ui/DataTable";
import { requirePageActor } from "@/lib/auth/page-guard";
import { clientSearchSchema } from "@/lib/clients/schema";
import { searchClients } from "@/lib/clients/search";
import { formatDateTime } from "@/lib/format/zoned";
import { requireSpaLocation } from "@/lib/location/queries";
import { isAppError } from "@/lib/errors/app-error";

export const metadata: Metadata = { title: "Clients" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The client directory: typo-tolerant search by name, email or phone; otherwise by last visit, a page at a time. */
export default async function ClientsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor("clients:view", "/admin/clients");
  const params = await searchParams;
  const parsed = clientSearchSchema.safeParse({ q: params.q, cursor: params.cursor });
  const query = parsed.success ? parsed.data : { q: undefined, cursor: undefined };
  const { timeZone } = await requireSpaLocation();
  const page = await searchClients(actor, query).catch((error: unknown) => {
    if (isAppError(error) && error.code === "VALIDATION") return searchClients(actor, { q: query.q });
    throw error;
  });
  const when = (date: Date | null) => (date ? formatDateTime(date, timeZone, { date: "medium" }) : "—");
  const nextHref = page.nextCursor
    ? `/admin/clients?${new URLSearchParams({ ...(query.q ? { q: query.q } : {}), cursor: page.nextCursor })}`
    : null;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Clients</h1>
      <form method="get" role="search" aria-label="Search clients" className="flex flex-wrap items-end gap-2">
        <div className="min-w-64 flex-1">
          <label htmlFor="client-search" className="block text-sm font-medium">
            Name, email or phone
          </label>
          <input
            id="client-search"
            name="q"
            type="search"
            defaultValue={query.q ?? ""}
            maxLength={100}
            className="mt-1 block min-h-11 w-full rounded-lg border border-stone-300 bg-white px-3"
          />
        </div>
        <button type="submit" className="min-h-11 rounded-lg bg-brand-700 px-4 font-medium text-white">
          Search
        </button>
        {query.q && (
          <Link href="/admin/clients" className="inline-flex min-h-11 items-center px-2 text-brand-700 underline">
            Clear
          </Link>
        )}
      </form>
      <p className="text-sm text-stone-600" aria-live="polite">
        {query.q ? `Best matches for “${query.q}”.` : "Most recent visit first."} {page.items.length === 0 ? "No clients found." : ""}
      </p>
      {page.items.length > 0 && (
        <DataTable
          caption={query.q ? `Clients matching ${query.q}` : "Clients by last visit"}
          rows={page.items}
          rowKey={(client) => client.id}
          rowHeader={{ header: "Name", label: (client) => client.name, href: (client) => `/admin/clients/${client.id}` }}
          columns={[
            { header: "Phone", cell: (client) => client.phone ?? "—" },
            { header: "Email", cell: (client) => client.email ?? "—" },
            { header: "Last visit", cell: (client) => when(client.lastVisitAt) },
            { header: "Next visit", cell: (client) => when(client.nextVisitAt) },
          ]}
        />
      )}
      <nav aria-label="Pages" className="flex gap-4">
        {query.cursor && (
          <Link
            href={query.q ? `/admin/clients?${new URLSearchParams({ q: query.q })}` : "/admin/clients"}
            className="inline-flex min-h-11 items-center text-brand-700 underline"
          >
            First page
          </Link>
        )}
        {nextHref && (
          <Link href={nextHref} className="inline-flex min-h-11 items-center text-brand-700 underline">
            Next page
          </Link>
        )}
      </nav>
    </div>
  );
}
