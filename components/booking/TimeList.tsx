import Link from "next/link";
import type { AvailableSlot } from "@/lib/booking/availability";
import { formatTimeOfDay } from "@/lib/format/zoned";
import { formatLocalDate } from "@/lib/format/calendar";
import { StepHeading } from "./StepHeading";

type Props = {
  date: string;
  slots: AvailableSlot[];
  timeZone: string;
  hrefFor: (slot: AvailableSlot) => string;
  selectedTime: string | null;
};

/** The free start times of one day, in the spa's zone; each is a link to the next step. */
export function TimeList({ date, slots, timeZone, hrefFor, selectedTime }: Props) {
  const heading = `Times on ${formatLocalDate(date)}`;
  return (
    <section aria-labelledby="times-heading" className="mt-6">
      <StepHeading id="times-heading" level="h3" className="text-lg font-semibold">
        {heading}
      </StepHeading>
      <ul aria-label={heading} className="mt-3 grid grid-cols-3 gap-2 sm:grid-cols-5">
        {slots.map((slot) => {
          const selected = selectedTime !== null && Date.parse(selectedTime) === Date.parse(slot.start);
          return (
            <li key={slot.start}>
              <Link
                href={hrefFor(slot)}
                aria-current={selected ? "true" : undefined}
                className={`flex min-h-11 items-center justify-center rounded-lg border px-2 font-medium ${
                  selected ? "border-brand-700 bg-brand-700 text-white" : "border-brand-600 text-brand-800 hover:bg-brand-50"
                }`}
              >
                {formatTimeOfDay(slot.start, timeZone)}
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
