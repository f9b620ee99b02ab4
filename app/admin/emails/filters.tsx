import Link from "next/link";
import { EMAIL_STATES, EMAIL_TEMPLATES, STATE_LABELS, TEMPLATE_LABELS, type EmailLogFilter } from "@/lib/notify/schema";

const field = "mt-1 block min-h-11 w-full rounded-lg border border-stone-300 bg-white px-3 text-sm";

/**
 * A plain GET form: filters live in the URL, so a filtered view can be bookmarked and shared. The
 * dates are the spa's calendar days (lib/notify/queries.ts), named by `zoneName` ("New York time").
 */
export function EmailLogFilters({ filter, zoneName }: { filter: Partial<EmailLogFilter>; zoneName: string }) {
  return (
    <form
      method="get"
      action="/admin/emails"
      aria-label="Filter the email log"
      className="grid gap-4 rounded-xl border border-stone-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-6"
    >
      <label className="text-sm font-medium lg:col-span-2">
        Recipient contains
        <input type="search" name="q" defaultValue={filter.q ?? ""} className={field} autoComplete="off" />
      </label>
      <label className="text-sm font-medium">
        State
        <select name="state" defaultValue={filter.state ?? ""} className={field}>
          <option value="">Any state</option>
          {EMAIL_STATES.map((state) => (
            <option key={state} value={state}>
              {STATE_LABELS[state]}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm font-medium">
        Message
        <select name="template" defaultValue={filter.template ?? ""} className={field}>
          <option value="">Any message</option>
          {EMAIL_TEMPLATES.map((template) => (
            <option key={template} value={template}>
              {TEMPLATE_LABELS[template]}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm font-medium">
        Created from ({zoneName})
        <input type="date" name="from" defaultValue={filter.from ?? ""} className={field} />
      </label>
      <label className="text-sm font-medium">
        Created to ({zoneName})
        <input type="date" name="to" defaultValue={filter.to ?? ""} className={field} />
      </label>
      <div className="flex items-end gap-3 lg:col-span-6">
        <button
          type="submit"
          className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-5 font-medium text-white hover:bg-brand-800"
        >
          Apply filters
        </button>
        <Link href="/admin/emails" className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
          Clear
        </Link>
      </div>
    </form>
  );
}
