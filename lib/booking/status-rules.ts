/** The statuses an admin sets from the calendar, and when each is allowed. Pure; `now` is a parameter. */
export const MARKABLE_STATUSES = ["CHECKED_IN", "COMPLETED", "NO_SHOW"] as const;
export type MarkableStatus = (typeof MARKABLE_STATUSES)[number];

// Arriving early is normal; checking someone in hours ahead is a mistake.
const CHECK_IN_EARLY_MS = 2 * 60 * 60_000;

/**
 * Why `to` cannot be set now, or null when it can. Check-in from BOOKED, up to two hours before
 * the start; completed from BOOKED or CHECKED_IN once it has started; no-show from BOOKED once the
 * start has passed (someone checked in has, by definition, shown up).
 */
export function statusChangeRefusal(options: { from: string; to: MarkableStatus; startsAt: Date; now: Date }): string | null {
  const { from, to, startsAt, now } = options;
  const started = now.getTime() >= startsAt.getTime();
  switch (to) {
    case "CHECKED_IN":
      if (from !== "BOOKED") return "Only a booked appointment can be checked in.";
      return now.getTime() >= startsAt.getTime() - CHECK_IN_EARLY_MS ? null : "Check-in opens two hours before the appointment.";
    case "COMPLETED":
      if (from !== "BOOKED" && from !== "CHECKED_IN") return "Only a booked or checked-in appointment can be completed.";
      return started ? null : "An appointment can be completed once it has started.";
    case "NO_SHOW":
      if (from !== "BOOKED") return "Only a booked appointment (not checked in) can be marked as a no-show.";
      return started ? null : "A no-show can be recorded once the start time has passed.";
  }
}
