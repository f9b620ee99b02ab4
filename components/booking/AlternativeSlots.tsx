import type { AvailableSlot } from "@/lib/booking/availability";
import { formatInstant } from "@/lib/format/zoned";

type Props = { alternatives: AvailableSlot[]; timeZone: string; onPick: (slot: AvailableSlot) => void; disabled?: boolean };

/** The nearest free times after a lost race, each a button that picks it instead. */
export function AlternativeSlots({ alternatives, timeZone, onPick, disabled }: Props) {
  if (alternatives.length === 0) return null;
  return (
    <div className="rounded-lg border border-amber-200 bg-amber-50 p-3">
      <p id="alternatives-heading" className="text-sm font-medium text-stone-900">
        Nearest free times
      </p>
      <ul aria-labelledby="alternatives-heading" className="mt-2 flex flex-wrap gap-2">
        {alternatives.map((slot) => (
          <li key={slot.start}>
            <button
              type="button"
              disabled={disabled}
              onClick={() => onPick(slot)}
              className="min-h-11 rounded-lg border border-brand-600 bg-white px-3 text-sm font-medium text-brand-800 hover:bg-brand-50"
            >
              <span className="sr-only">Pick </span>
              {formatInstant(slot.start, timeZone)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
