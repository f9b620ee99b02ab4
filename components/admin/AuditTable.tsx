import { auditEntityLabel } from "@/lib/audit/schema";
import type { AuditItem } from "@/lib/audit/queries";
import { formatDateTime } from "@/lib/format/zoned";

/** Audit entries, newest first, with times in the spa's zone and each entry's changes as readable lines. */
export function AuditTable({ events, timeZone }: { events: AuditItem[]; timeZone: string }) {
  return (
    <div
      role="region"
      aria-label="Audit entries (scrolls sideways)"
      tabIndex={0}
      className="overflow-x-auto rounded-xl border border-stone-200 bg-white"
    >
      <table className="w-full text-left text-sm">
        <thead className="bg-stone-100 text-stone-700">
          <tr>
            <th scope="col" className="px-3 py-2">
              When
            </th>
            <th scope="col" className="px-3 py-2">
              Who
            </th>
            <th scope="col" className="px-3 py-2">
              Action
            </th>
            <th scope="col" className="px-3 py-2">
              Record
            </th>
            <th scope="col" className="px-3 py-2">
              Details
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100 align-top">
          {events.map((e) => (
            <tr key={e.id}>
              <th scope="row" className="whitespace-nowrap px-3 py-2 font-normal">
                {formatDateTime(e.createdAt, timeZone, { date: "medium", time: "medium" })}
              </th>
              <td className="px-3 py-2">{e.actorName ?? "(deleted account)"}</td>
              <td className="px-3 py-2">{e.action}</td>
              <td className="px-3 py-2">
                {auditEntityLabel(e.entityType)} <span className="font-mono text-xs">{e.entityId}</span>
              </td>
              <td className="px-3 py-2">
                {e.changes.length === 0 ? (
                  <span className="text-stone-600">—</span>
                ) : (
                  <ul className="max-w-md space-y-0.5 break-words">
                    {e.changes.map((line, index) => (
                      <li key={index}>{line}</li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {events.length === 0 && <p className="p-4 text-stone-600">No entries.</p>}
    </div>
  );
}
