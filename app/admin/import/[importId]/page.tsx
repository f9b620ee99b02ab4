import type { Metadata } from "next";
import Link from "next/link";
import { getCountries } from "libphonenumber-js/max";
import { ApplyImportForm } from "@/components/admin/import/ApplyImportForm";
import { AutoRefresh } from "@/components/admin/import/AutoRefresh";
import { ImportMappingForm } from "@/components/admin/import/ImportMappingForm";
import { ImportProgress } from "@/components/admin/import/ImportProgress";
import { DryRunTable } from "@/components/admin/import/DryRunTable";
import { FormAlert } from "@/components/ui/FormAlert";
import { requirePageActor, orNotFound } from "@/lib/auth/page-guard";
import { CLIENT_FIELDS, VISIT_FIELDS } from "@/lib/transfer/fields";
import { dryRunImport, getImport, getImportPreview, getVisitNameChoices, type DryRunFilter } from "@/lib/transfer/queries";
import { VisitNamesForm } from "@/components/admin/import/VisitNamesForm";
import { applyImportAction, inviteImportedClientsAction, saveImportMappingAction } from "./actions";
import { InviteClientsForm } from "@/components/admin/import/InviteClientsForm";
import { countInvitable, INVITATIONS_PER_BATCH, INVITATIONS_PER_MINUTE } from "@/lib/transfer/invitations";

export const metadata: Metadata = { title: "Import" };

const CLIENT_FILTERS: { value: DryRunFilter; label: string }[] = [
  { value: "all", label: "All rows" },
  { value: "CREATED", label: "New" },
  { value: "MATCHED", label: "Matched" },
  { value: "REJECTED", label: "Rejected" },
];
const VISIT_FILTERS: { value: DryRunFilter; label: string }[] = [
  { value: "all", label: "All rows" },
  { value: "BOOKED", label: "To book" },
  { value: "REJECTED", label: "Rejected" },
];

const countryNames = new Intl.DisplayNames(["en"], { type: "region" });
const COUNTRIES = getCountries()
  .map((code) => ({ code, name: countryNames.of(code) ?? code }))
  .sort((a, b) => a.name.localeCompare(b.name));

export default async function ImportDetailPage({
  params,
  searchParams,
}: {
  params: Promise<{ importId: string }>;
  searchParams: Promise<{ show?: string; again?: string }>;
}) {
  const { importId } = await params;
  const actor = await requirePageActor("admin:import-data", `/admin/import/${importId}`);
  const query = await searchParams;
  const file = await orNotFound(getImport(actor, importId));
  const clients = file.kind === "CLIENTS";
  const FILTERS = clients ? CLIENT_FILTERS : VISIT_FILTERS;
  const filter = FILTERS.find((option) => option.value === query.show)?.value ?? "all";
  const setup = file.state === "MAPPING";
  const [preview, dryRun, names, invitable] = await Promise.all([
    setup ? getImportPreview(actor, importId) : Promise.resolve([]),
    setup ? dryRunImport(actor, importId, { filter, limit: 50 }) : Promise.resolve(null),
    setup && !clients ? getVisitNameChoices(actor, importId) : Promise.resolve(null),
    file.state === "DONE" && clients ? countInvitable(actor, importId) : Promise.resolve(null),
  ]);
  const examples = file.headers.map((_, index) => preview.find((row) => row[index])?.[index] ?? "");
  const rejects = dryRun ? dryRun.counts.REJECTED : file.rejectedCount;
  return (
    <div className="space-y-8">
      <p>
        <Link href="/admin/import" className="text-brand-700 underline">
          ← Imports
        </Link>
      </p>
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">
          Import {clients ? "clients" : "visits"}: {file.fileName}
        </h1>
        <p className="text-stone-600">
          {file.totalRows.toLocaleString("en-US")} rows · read as{" "}
          {file.encoding === "windows-1252" ? "Windows-1252" : file.encoding.toUpperCase()},{" "}
          {file.delimiter === "\t" ? "tab" : file.delimiter === ";" ? "semicolon" : "comma"}-separated
        </p>
      </div>
      {query.again && (
        <FormAlert
          tone="success"
          message="This file was uploaded before: this is its import. Rows already imported are never imported twice."
        />
      )}

      {setup && (
        <>
          <section aria-labelledby="preview-heading" className="space-y-3">
            <h2 id="preview-heading" className="text-lg font-semibold">
              The file&apos;s columns
            </h2>
            <div
              tabIndex={0}
              role="region"
              aria-label="The file's first rows (scrolls sideways)"
              className="overflow-x-auto rounded-xl border border-stone-200 bg-white focus-visible:outline-2 focus-visible:outline-brand-700"
            >
              <table className="w-full text-left text-sm">
                <caption className="px-4 py-2 text-left text-stone-600">The first {preview.length} rows, as read</caption>
                <thead className="bg-stone-100 text-stone-700">
                  <tr>
                    {file.headers.map((header, index) => (
                      <th key={index} scope="col" className="px-4 py-2 whitespace-nowrap">
                        {header || `Column ${index + 1}`}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody className="divide-y divide-stone-100">
                  {preview.map((row, rowIndex) => (
                    <tr key={rowIndex}>
                      {file.headers.map((_, index) => (
                        <td key={index} className="max-w-56 truncate px-4 py-2">
                          {row[index] ?? ""}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          <ImportMappingForm
            importId={file.id}
            fields={clients ? CLIENT_FIELDS : VISIT_FIELDS}
            headers={file.headers}
            examples={examples}
            mapping={file.mapping}
            countries={COUNTRIES}
            action={saveImportMappingAction}
          />
          {names && (
            <VisitNamesForm
              importId={file.id}
              mapping={file.mapping}
              services={names.services}
              staff={names.staff}
              targets={names.targets}
              action={saveImportMappingAction}
            />
          )}
        </>
      )}

      {dryRun && (
        <section aria-labelledby="dry-run-heading" className="space-y-4">
          <h2 id="dry-run-heading" className="text-lg font-semibold">
            Dry run: what each row will do
          </h2>
          <ul className="flex flex-wrap gap-3" aria-label="Dry run totals">
            {clients ? (
              <>
                <li className="rounded-lg bg-brand-50 px-3 py-2">
                  <strong>{dryRun.counts.CREATED.toLocaleString("en-US")}</strong> new clients
                </li>
                <li className="rounded-lg bg-stone-100 px-3 py-2">
                  <strong>{dryRun.counts.MATCHED.toLocaleString("en-US")}</strong> matched to existing clients
                </li>
              </>
            ) : (
              <li className="rounded-lg bg-brand-50 px-3 py-2">
                <strong>{dryRun.counts.BOOKED.toLocaleString("en-US")}</strong> visits to book
              </li>
            )}
            {dryRun.counts.ALREADY_IMPORTED > 0 && (
              <li className="rounded-lg bg-stone-100 px-3 py-2">
                <strong>{dryRun.counts.ALREADY_IMPORTED.toLocaleString("en-US")}</strong> already imported
              </li>
            )}
            <li className="rounded-lg bg-red-50 px-3 py-2 text-red-800">
              <strong>{dryRun.counts.REJECTED.toLocaleString("en-US")}</strong> rejected
            </li>
          </ul>
          {rejects > 0 && <RejectsLink importId={file.id} count={rejects} />}
          {(clients ? dryRun.counts.CREATED + dryRun.counts.MATCHED : dryRun.counts.BOOKED) === 0 ? (
            <p className="font-medium">No row can be imported yet: fix the mapping above, or the file.</p>
          ) : (
            <ApplyImportForm
              importId={file.id}
              visits={!clients}
              label={
                clients
                  ? `Import ${(dryRun.counts.CREATED + dryRun.counts.MATCHED).toLocaleString("en-US")} clients`
                  : `Book ${dryRun.counts.BOOKED.toLocaleString("en-US")} visits`
              }
              action={applyImportAction}
            />
          )}
          <nav aria-label="Show rows" className="flex flex-wrap gap-2">
            {FILTERS.map((option) => (
              <Link
                key={option.value}
                href={`/admin/import/${file.id}?show=${option.value}`}
                aria-current={option.value === filter ? "page" : undefined}
                className="inline-flex min-h-11 items-center rounded-lg border border-stone-300 bg-white px-3 aria-[current=page]:border-brand-700 aria-[current=page]:font-semibold"
              >
                {option.label}
              </Link>
            ))}
          </nav>
          <DryRunTable rows={dryRun.rows} total={file.totalRows} contact={clients} />
        </section>
      )}

      {!setup && (
        <section aria-labelledby="progress-heading" className="space-y-4">
          <h2 id="progress-heading" className="text-lg font-semibold">
            Progress
          </h2>
          {(file.state === "QUEUED" || file.state === "RUNNING") && <AutoRefresh />}
          <ImportProgress file={file} />
          {rejects > 0 && <RejectsLink importId={file.id} count={rejects} />}
          {file.state === "DONE" && (
            <p>
              <Link href={clients ? "/admin/clients" : "/admin/calendar"} className="text-brand-700 underline">
                {clients ? "Open the client directory" : "Open the calendar"}
              </Link>
            </p>
          )}
        </section>
      )}
      {invitable !== null && (
        <InviteClientsForm
          importId={file.id}
          invitable={invitable}
          perBatch={INVITATIONS_PER_BATCH}
          perMinute={INVITATIONS_PER_MINUTE}
          action={inviteImportedClientsAction}
        />
      )}
    </div>
  );
}

function RejectsLink({ importId, count }: { importId: string; count: number }) {
  return (
    <p>
      <a href={`/admin/import/${importId}/rejects`} className="text-brand-700 underline" download>
        Download the {count.toLocaleString("en-US")} rejected {count === 1 ? "row" : "rows"} (CSV, with the reason)
      </a>
    </p>
  );
}
