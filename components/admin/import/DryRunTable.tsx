import { DataTable } from "@/components/ui/DataTable";
import type { DryRunRow } from "@/lib/transfer/queries";
import { OUTCOME_LABELS } from "./labels";

export function DryRunTable({
  rows,
  total,
  contact,
}: {
  rows: readonly DryRunRow[];
  total: number;
  /** Clients: the name, email and phone as they will be stored. */ contact: boolean;
}) {
  if (rows.length === 0) return <p className="text-stone-600">No rows of this kind.</p>;
  return (
    <DataTable
      rows={rows}
      rowKey={(row) => String(row.rowNumber)}
      scrollLabel="What each row will do (scrolls sideways)"
      caption={rows.length < total ? `The first ${rows.length} of these rows` : undefined}
      rowHeader={{ header: "Row", label: (row) => row.rowNumber }}
      columns={[
        {
          header: "Outcome",
          cell: (row) => (
            <span className={row.outcome === "REJECTED" ? "font-medium text-red-800" : ""}>{OUTCOME_LABELS[row.outcome]}</span>
          ),
        },
        { header: "What happens", cell: (row) => row.description },
        ...(contact
          ? [
              { header: "Name", cell: (row: DryRunRow) => row.name ?? "" },
              { header: "Email", cell: (row: DryRunRow) => row.email ?? "" },
              { header: "Phone", cell: (row: DryRunRow) => row.phone ?? "" },
            ]
          : []),
      ]}
    />
  );
}
