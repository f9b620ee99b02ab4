/** Chooses the report period with a plain GET form, so the page is a shareable URL. */
export function PeriodForm({ from, to, error }: { from: string; to: string; error?: string }) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-3" aria-describedby={error ? "period-error" : undefined}>
      <div>
        <label htmlFor="report-from" className="block text-sm">
          From
        </label>
        <input
          id="report-from"
          name="from"
          type="date"
          required
          defaultValue={from}
          className="min-h-11 rounded-lg border border-stone-300 px-2"
        />
      </div>
      <div>
        <label htmlFor="report-to" className="block text-sm">
          To (inclusive)
        </label>
        <input
          id="report-to"
          name="to"
          type="date"
          required
          defaultValue={to}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "period-error" : undefined}
          className="min-h-11 rounded-lg border border-stone-300 px-2"
        />
      </div>
      <button type="submit" className="min-h-11 rounded-lg bg-brand-700 px-3 text-white">
        Show report
      </button>
      {error && (
        <p id="period-error" role="alert" className="w-full text-sm text-red-700">
          {error}
        </p>
      )}
    </form>
  );
}
