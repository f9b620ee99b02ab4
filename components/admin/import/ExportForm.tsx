"use client";

import { useState } from "react";

const FILES = [
  "clients.csv — every client, with contact details, date of birth and marketing consent",
  "appointments.csv — every visit, past and future, of every status",
  "services.csv — the service menu",
  "staff_hours.csv — each esthetician's weekly hours",
  "homecare_plans.csv — the plans written after visits",
  "audit_log.csv — who did what, and when",
  "README.txt — what every column means",
];

/**
 * A plain form POST (the browser saves the streamed ZIP itself). Notes and intake answers need the
 * tick and the admin's password; the password field appears, and is required, only with the tick.
 */
export function ExportForm({ error }: { error: string | null }) {
  const [clinical, setClinical] = useState(false);
  return (
    <form
      method="post"
      action="/admin/export/download"
      aria-labelledby="export-heading"
      className="max-w-2xl space-y-5 rounded-xl border border-stone-200 bg-white p-6"
    >
      <h2 id="export-heading" className="text-lg font-semibold">
        Download a ZIP of CSV files
      </h2>
      <ul className="list-disc space-y-1 pl-5 text-sm text-stone-700">
        {FILES.map((file) => (
          <li key={file}>{file}</li>
        ))}
      </ul>
      <div className="flex items-start gap-3">
        <input
          id="export-clinical"
          name="clinical"
          type="checkbox"
          className="mt-1 size-5 accent-brand-700"
          checked={clinical}
          onChange={(event) => setClinical(event.target.checked)}
          aria-describedby="export-clinical-hint"
        />
        <div>
          <label htmlFor="export-clinical" className="font-medium">
            Include treatment notes and intake answers
          </label>
          <p id="export-clinical-hint" className="text-sm text-stone-600">
            These are health records. Store and send the file accordingly. You will be asked for your password.
          </p>
        </div>
      </div>
      {(clinical || error) && (
        <div className="space-y-1">
          <label htmlFor="export-password" className="block font-medium">
            Your password
          </label>
          <input
            id="export-password"
            name="password"
            type="password"
            autoComplete="current-password"
            required={clinical}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "export-password-error" : undefined}
            className="min-h-11 w-full max-w-sm rounded-lg border border-stone-300 bg-white px-3"
          />
          {error && (
            <p id="export-password-error" role="alert" className="text-sm text-red-800">
              {error}
            </p>
          )}
        </div>
      )}
      <button
        type="submit"
        className="inline-flex min-h-11 items-center justify-center rounded-lg bg-brand-700 px-5 font-medium text-white hover:bg-brand-800"
      >
        Download export
      </button>
      <p className="text-sm text-stone-600">Each export is recorded in the audit log.</p>
    </form>
  );
}
