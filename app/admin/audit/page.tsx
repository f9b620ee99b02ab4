import type { Metadata } from "next";
import Link from "next/link";
import { AUDIT_PAGE_SIZE, listAuditActions, listAuditEvents } from "@/lib/audit/queries";
import { auditFilterSchema, type AuditFilter } from "@/lib/audit/schema";
import { requirePageActor } from "@/lib/auth/page-guard";
import { AuditTable } from "@/components/admin/AuditTable";
import { requireSpaLocation } from "@/lib/location/queries";

export const metadata: Metadata = { title: "Audit log" };

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor("admin:view-audit", "/admin/audit");
  const params = await searchParams;
  const parsed = auditFilterSchema.safeParse({ action: one(params.action), entityId: one(params.entityId), before: one(params.before) });
  const filter: AuditFilter = parsed.success ? parsed.data : {};
  const [events, actions, { timeZone }] = await Promise.all([
    listAuditEvents(actor, filter),
    listAuditActions(actor),
    requireSpaLocation(),
  ]);
  const last = events.at(-1);
  const next =
    last && events.length === AUDIT_PAGE_SIZE
      ? new URLSearchParams({
          ...(filter.action ? { action: filter.action } : {}),
          ...(filter.entityId ? { entityId: filter.entityId } : {}),
          before: last.createdAt,
        })
      : null;
  return (
    <div className="space-y-6">
      <p>
        <Link href="/admin" className="text-brand-700 underline">
          ← Admin
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">Audit log</h1>
      <form method="get" aria-label="Filter the audit log" className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="audit-action" className="block text-sm font-medium">
            Action
          </label>
          <select
            id="audit-action"
            name="action"
            defaultValue={filter.action ?? ""}
            className="mt-1 min-h-11 rounded-lg border border-stone-300 bg-white px-2"
          >
            <option value="">All actions</option>
            {actions.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-entity" className="block text-sm font-medium">
            Record id
          </label>
          <input
            id="audit-entity"
            name="entityId"
            defaultValue={filter.entityId ?? ""}
            className="mt-1 min-h-11 rounded-lg border border-stone-300 px-2"
          />
        </div>
        <button type="submit" className="min-h-11 rounded-lg bg-brand-700 px-4 text-white">
          Filter
        </button>
      </form>
      <AuditTable events={events} timeZone={timeZone} />
      {next && (
        <Link href={`/admin/audit?${next}`} className="inline-flex min-h-11 items-center text-brand-700 underline">
          Older entries
        </Link>
      )}
    </div>
  );
}
