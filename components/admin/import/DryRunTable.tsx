import { DataTable } from "@/components/ui/DataTable";
import type { DryRunRow } from "@/lib/transfer/queries";
import { OUTCOME_LABELS } from "./labels";

export function DryRunTable({ rows, total }: { rows: readonly DryRunRow[]; total: number }) {
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
        { header: "Name", cell: (row) => row.name ?? "" },
        { header: "Email", cell: (row) => row.email ?? "" },
        { header: "Phone", cell: (row) => row.phone ?? "" },
      ]}
    />
  );
}
