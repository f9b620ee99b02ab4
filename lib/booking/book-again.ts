type Visit = {
  status: string;
  service: { slug: string; active: boolean };
  staff: { id: string; active: boolean };
};

const CANCELLED = new Set(["CANCELLED", "LATE_CANCELLED"]);

/**
 * "Book again" after a cancelled visit: the same treatment with the same esthetician on /book.
 * A treatment the spa no longer offers has no such link; an esthetician who has left is not pre-chosen.
 */
export function bookAgainHref(visit: Visit): string | null {
  if (!CANCELLED.has(visit.status) || !visit.service.active) return null;
  const query = new URLSearchParams({ service: visit.service.slug, ...(visit.staff.active ? { staff: visit.staff.id } : {}) });
  return `/book?${query}`;
}
