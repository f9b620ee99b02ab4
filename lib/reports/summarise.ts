import type { ReportPeriod } from "./schema";

/** What the database counts per esthetician (lib/reports/queries.ts) plus working minutes. */
export type StaffFigures = {
  staffId: string;
  name: string;
  /** Appointments whose visit starts in the period, whatever became of them. */
  bookings: number;
  /** Every cancellation, late ones included. */
  cancellations: number;
  lateCancellations: number;
  noShows: number;
  completed: number;
  /** Completed visits followed by another (not cancelled) booking of the same client within six weeks. */
  rebooked: number;
  /** The service's own minutes (buffers excluded) of appointments that held the time. */
  bookedMinutes: number;
  workingMinutes: number;
  revenueCents: number;
};

export type ReportRow = StaffFigures & {
  /** Fractions in [0, 1] (utilisation may exceed 1 when visits were kept outside hours); null when nothing to divide by. */
  utilisation: number | null;
  noShowRate: number | null;
  rebookingRate: number | null;
};

export type Report = {
  period: ReportPeriod;
  timeZone: string;
  currency: string;
  rows: ReportRow[];
  total: ReportRow;
};

const COUNTED = [
  "bookings",
  "cancellations",
  "lateCancellations",
  "noShows",
  "completed",
  "rebooked",
  "bookedMinutes",
  "workingMinutes",
  "revenueCents",
] as const;

function ratio(numerator: number, denominator: number): number | null {
  return denominator > 0 ? numerator / denominator : null;
}

/**
 * Rates from counts. No-show rate = no-shows over visits that were due and decided (completed +
 * no-show); rebooking rate = rebooked over completed; utilisation = booked over working minutes.
 */
export function withRates(figures: StaffFigures): ReportRow {
  return {
    ...figures,
    utilisation: ratio(figures.bookedMinutes, figures.workingMinutes),
    noShowRate: ratio(figures.noShows, figures.completed + figures.noShows),
    rebookingRate: ratio(figures.rebooked, figures.completed),
  };
}

/** Rows per esthetician and a spa total whose rates come from summed counts, not averaged rates. */
export function summarise(options: { period: ReportPeriod; timeZone: string; currency: string; figures: StaffFigures[] }): Report {
  const total: StaffFigures = {
    staffId: "total",
    name: "All estheticians",
    bookings: 0,
    cancellations: 0,
    lateCancellations: 0,
    noShows: 0,
    completed: 0,
    rebooked: 0,
    bookedMinutes: 0,
    workingMinutes: 0,
    revenueCents: 0,
  };
  for (const row of options.figures) for (const key of COUNTED) total[key] += row[key];
  return {
    period: options.period,
    timeZone: options.timeZone,
    currency: options.currency,
    rows: options.figures.map(withRates),
    total: withRates(total),
  };
}
