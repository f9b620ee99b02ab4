const field = "min-h-11 rounded-lg border border-stone-300 bg-white px-3 py-2";

/** A plain multipart form (works without JavaScript): the route answers with the import's page. */
export function ImportUploadForm() {
  return (
    <form
      method="post"
      action="/admin/import/upload"
      encType="multipart/form-data"
      aria-labelledby="upload-heading"
      className="max-w-2xl space-y-4 rounded-xl border border-stone-200 bg-white p-6"
    >
      <h2 id="upload-heading" className="text-lg font-semibold">
        Upload a file
      </h2>
      <fieldset className="space-y-2">
        <legend className="font-medium">The file holds</legend>
        <label className="flex min-h-11 items-center gap-3">
          <input type="radio" name="kind" value="CLIENTS" defaultChecked className="size-5 accent-brand-700" />
          Clients
        </label>
        <label className="flex min-h-11 items-center gap-3">
          <input type="radio" name="kind" value="VISITS" className="size-5 accent-brand-700" aria-describedby="visits-hint" />
          Upcoming visits
        </label>
        <p id="visits-hint" className="text-sm text-stone-600">
          Import clients first: each visit is matched to a client by email or phone.
        </p>
      </fieldset>
      <div className="space-y-1">
        <label htmlFor="import-file" className="block font-medium">
          CSV or TSV file
        </label>
        <input
          id="import-file"
          name="file"
          type="file"
          required
          accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values"
          aria-describedby="import-file-hint"
          className={`${field} w-full`}
        />
        <p id="import-file-hint" className="text-sm text-stone-600">
          Up to 40 MB, with column names in the first row. UTF-8 and Excel&apos;s Windows encoding are both read.
        </p>
      </div>
      <button
        type="submit"
        className="inline-flex min-h-11 items-center justify-center rounded-lg bg-brand-700 px-5 font-medium text-white hover:bg-brand-800"
      >
        Upload and preview
      </button>
    </form>
  );
}
