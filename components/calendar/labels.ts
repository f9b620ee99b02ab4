import { SEVERITY_LABELS } from "@/lib/contraindications/summary";
import type { Severity } from "@/lib/contraindications/types";
import type { GridBlock } from "@/lib/booking/calendar-grid";
import type { CellState } from "./grid-model";

export const INTAKE_BADGES: Partial<Record<GridBlock["intake"], string>> = {
  missing: "Intake missing",
  expired: "Intake expired",
};

export function flagBadge(flag: Severity | null): string | null {
  return flag ? `Flagged: ${SEVERITY_LABELS[flag]}` : null;
}

/** What a screen reader hears on an empty cell. */
export function cellLabel(state: CellState, time: string, column: string, bookable: boolean): string {
  switch (state.kind) {
    case "free":
      return `${time}, ${column}: free${bookable ? ", press Enter to book" : ""}`;
    case "break":
      return `${time}, ${column}: break`;
    case "closed":
      return `${time}, ${column}: not working`;
    case "time-off":
      return `${time}, ${column}: time off${state.reason ? ` (${state.reason})` : ""}`;
    case "block":
      return `${time}, ${column}: ${state.block.clientName}`;
  }
}

/** Colour by status (always with the status in words beside it). */
export const STATUS_STYLES: Record<GridBlock["status"], string> = {
  BOOKED: "border-brand-700 bg-brand-100 text-brand-800",
  CHECKED_IN: "border-amber-700 bg-amber-100 text-amber-950",
  COMPLETED: "border-stone-500 bg-stone-200 text-stone-800",
  NO_SHOW: "border-red-700 bg-red-50 text-red-900",
  HELD: "border-dashed border-violet-700 bg-violet-50 text-violet-900",
};
