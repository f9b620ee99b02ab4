import type { UseFormRegisterReturn } from "react-hook-form";
import type { TimeZoneGroup } from "@/lib/dates/time-zones";

type Props = { groups: TimeZoneGroup[]; error?: string; register: UseFormRegisterReturn };

/**
 * The spa's time zone from the server's list, grouped by region. A native select: arrow keys move
 * through it and typing a city's first letters jumps to it, with every screen reader and phone
 * picker; the form's default value preselects the current zone.
 */
export function TimeZoneSelect({ groups, error, register }: Props) {
  const describedBy = ["policy-zone-hint", error ? "policy-zone-error" : null].filter(Boolean).join(" ");
  return (
    <div>
      <label htmlFor="policy-zone" className="block text-sm font-medium text-stone-800">
        Time zone
      </label>
      <p id="policy-zone-hint" className="mt-0.5 text-xs text-stone-600">
        Grouped by region; type a city&apos;s name to jump to it. Offsets are today&apos;s.
      </p>
      <select
        id="policy-zone"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className="mt-1 block min-h-11 w-full rounded-lg border border-stone-300 bg-white px-3 text-base aria-[invalid=true]:border-red-600"
        {...register}
      >
        {groups.map((group) => (
          <optgroup key={group.region} label={group.region}>
            {group.zones.map((zone) => (
              <option key={zone.value} value={zone.value}>
                {zone.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      {error && (
        <p id="policy-zone-error" className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
