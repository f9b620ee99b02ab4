import type { BookableService } from "./load-schedule";

/** How far ahead staff may book or move a visit (the online maximum advance does not bind them). */
export const STAFF_MAX_ADVANCE_DAYS = 730;

/**
 * The service as the engine sees it for staff: no minimum notice (the spa may book or move a
 * visit due in an hour) and a maximum advance of two years. Hours, buffers, resources and the
 * exclusion constraints are exactly the client's: staff never book over an occupied esthetician
 * or room.
 */
export function withStaffRules(service: BookableService): BookableService {
  const policy = service.location.bookingPolicy;
  if (!policy) return service;
  return {
    ...service,
    location: { ...service.location, bookingPolicy: { ...policy, minNoticeMinutes: 0, maxAdvanceDays: STAFF_MAX_ADVANCE_DAYS } },
  };
}

/**
 * The engine's "now" for a staff booking: one slot earlier, so a walk-in can take the slot that
 * began a few minutes ago (10:00 at 10:07) while a slot already over stays closed.
 */
export function staffEngineNow(service: BookableService, now: Date): Date {
  return new Date(now.getTime() - (service.location.bookingPolicy?.slotIntervalMinutes ?? 15) * 60_000);
}
