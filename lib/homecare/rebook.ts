import type { LocalDate } from "@/lib/dates/local-date";

/**
 * "Book your next visit" from a plan: the same treatment and esthetician, with the recommended
 * window (`date` = the day it opens, `until` = the day it closes) for /book to open on and highlight.
 * Without a window (the next visit is not bookable online) it is the plain booking page.
 */
export function rebookPath(visit: { serviceSlug: string; staffId: string }, window: { from: LocalDate; to: LocalDate } | null): string {
  if (!window) return "/book";
  return `/book?${new URLSearchParams({ service: visit.serviceSlug, staff: visit.staffId, date: window.from, until: window.to })}`;
}
