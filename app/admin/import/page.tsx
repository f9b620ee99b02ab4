import type { Metadata } from "next";
import Link from "next/link";
import { ImportUploadForm } from "@/components/admin/import/ImportUploadForm";
import { DataTable } from "@/components/ui/DataTable";
import { FormAlert } from "@/components/ui/FormAlert";
import { requirePageActor } from "@/lib/auth/page-guard";
import { formatInstant } from "@/lib/format/zoned";
import { requireSpaLocation } from "@/lib/location/queries";
import { listImports } from "@/lib/transfer/queries";
import { IMPORT_STATE_LABELS } from "@/components/admin/import/labels";

export const metadata: Metadata = { title: "Import from another system" };

export default async function ImportPage({ searchParams }: { searchParams: Promise<{ error?: string | string[] }> }) {
  const actor = await requirePageActor("admin:import-data", "/admin/import");
  const [{ error }, imports, { timeZone }] = await Promise.all([searchParams, listImports(actor), requireSpaLocation()]);
  const message = typeof error === "string" ? error.slice(0, 300) : null;
  return (
    <div className="space-y-8">
      <p>
        <Link href="/admin" className="text-brand-700 underline">
          ← Admin
        </Link>
      </p>
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">Import from another system</h1>
        <p className="max-w-2xl text-stone-700">
          Bring your clients, then your upcoming visits, from Fresha, Vagaro, Square, Boulevard, Mindbody or a spreadsheet. Export a CSV
          there, upload it here, check how its columns map, see what each row will do, then import. Nothing changes until you press Import,
          and the same file uploaded twice is only imported once.
        </p>
      </div>
      <FormAlert message={message} />
      <ImportUploadForm />
      {imports.length > 0 && (
        <section aria-labelledby="imports-heading" className="space-y-3">
          <h2 id="imports-heading" className="text-lg font-semibold">
            Recent imports
          </h2>
          <DataTable
            rows={imports}
            rowKey={(row) => row.id}
            rowHeader={{ header: "File", label: (row) => row.fileName, href: (row) => `/admin/import/${row.id}` }}
            columns={[
              { header: "Holds", cell: (row) => (row.kind === "CLIENTS" ? "Clients" : "Visits") },
              { header: "Rows", cell: (row) => row.totalRows.toLocaleString("en-US") },
              { header: "State", cell: (row) => IMPORT_STATE_LABELS[row.state] },
              { header: "Rejected", cell: (row) => row.rejectedCount.toLocaleString("en-US") },
              { header: "Uploaded", cell: (row) => formatInstant(row.createdAt, timeZone) },
            ]}
          />
        </section>
      )}
      <p>
        <Link href="/admin/export" className="text-brand-700 underline">
          Export everything
        </Link>{" "}
        — your data leaves with you whenever you want.
      </p>
    </div>
  );
}
