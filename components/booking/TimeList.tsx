"use client";

import Link from "next/link";
import { useEffect, useRef } from "react";
import type { AvailableSlot } from "@/lib/booking/availability";
import { DAY_PART_NAMES, groupByDayPart } from "@/lib/dates/day-parts";
import { getLocalTime } from "@/lib/dates/local-date";
import { formatTimeOfDay } from "@/lib/format/zoned";
import { formatLocalDate } from "@/lib/format/calendar";
import { StepHeading } from "./StepHeading";

type Props = {
  date: string;
  slots: AvailableSlot[];
  timeZone: string;
  hrefFor: (slot: AvailableSlot) => string;
  selectedTime: string | null;
  /** Scroll the times into view when shown (a day was just picked), not on a page load. */
  scrollIntoView: boolean;
};

const minuteOfDay = (timeZone: string) => (slot: AvailableSlot) => {
  const [hours, minutes] = getLocalTime(Date.parse(slot.start), timeZone).split(":");
  return Number(hours) * 60 + Number(minutes);
};

/**
 * The free start times of one day in the spa's zone, grouped into morning, afternoon and evening;
 * each is a link to the confirm step. Picking a day brings them up from below the fold.
 */
export function TimeList({ date, slots, timeZone, hrefFor, selectedTime, scrollIntoView }: Props) {
  const heading = `Times on ${formatLocalDate(date)}`;
  const sectionRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!scrollIntoView) return;
    const reduced = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    sectionRef.current?.scrollIntoView({ block: "start", behavior: reduced ? "auto" : "smooth" });
  }, [scrollIntoView]);
  return (
    <section ref={sectionRef} aria-labelledby="times-heading" className="mt-6 scroll-mt-4">
      <StepHeading id="times-heading" level="h3" className="text-lg font-semibold" preventScroll>
        {heading}
      </StepHeading>
      {groupByDayPart(slots, minuteOfDay(timeZone)).map(({ part, items }) => (
        <div key={part} className="mt-3">
          <h4 id={`times-${part}`} className="text-sm font-semibold text-stone-700">
            {DAY_PART_NAMES[part]} <span className="font-normal text-stone-600">({items.length})</span>
          </h4>
          <ul aria-labelledby={`times-${part}`} className="mt-2 grid grid-cols-3 gap-2 sm:grid-cols-6">
            {items.map((slot) => {
              const selected = selectedTime !== null && Date.parse(selectedTime) === Date.parse(slot.start);
              return (
                <li key={slot.start}>
                  <Link
                    href={hrefFor(slot)}
                    scroll={false}
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
        </div>
      ))}
    </section>
  );
}
