export const BOOKING_STEPS = ["Treatment", "Esthetician", "Date and time", "Review and confirm"] as const;

/** "Step 2 of 4: Esthetician", with the steps listed for sighted users on wider screens. */
export function BookingProgress({ current }: { current: number }) {
  return (
    <div className="mb-6">
      <p className="text-sm font-medium text-brand-800">
        Step {current} of {BOOKING_STEPS.length}: {BOOKING_STEPS[current - 1]}
      </p>
      <ol className="mt-2 hidden gap-2 text-xs text-stone-600 sm:flex" aria-hidden="true">
        {BOOKING_STEPS.map((label, index) => (
          <li
            key={label}
            className={`flex-1 border-t-4 pt-1 ${index + 1 <= current ? "border-brand-700 text-stone-900" : "border-stone-200"}`}
          >
            {label}
          </li>
        ))}
      </ol>
    </div>
  );
}
