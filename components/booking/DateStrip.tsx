"use client";

import { useEffect, useRef, type KeyboardEvent } from "react";
import { addDays, type LocalDate } from "@/lib/dates/local-date";
import type { DayMarks } from "./day-marks";

type Props = DayMarks & {
  /** The days shown, in order (the loaded month from the first bookable day). */
  from: LocalDate;
  to: LocalDate;
  label: string;
  onSelectDate: (date: LocalDate) => void;
};

const WEEKDAY = new Intl.DateTimeFormat("en-US", { timeZone: "UTC", weekday: "short" });

/**
 * The month's days in a row that scrolls sideways: the phone's first view of when there are
 * times. Days with times are buttons; Left and Right move between them.
 */
export function DateStrip({ from, to, label, counts, selectedDate, loading, recommended, onSelectDate }: Props) {
  const listRef = useRef<HTMLUListElement>(null);
  const days: LocalDate[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) days.push(date);
  const anyEnabled = !loading && days.some((date) => counts.get(date));

  // Bring the chosen day (or the first with times) into the strip's view, not the page's.
  useEffect(() => {
    const list = listRef.current;
    const target =
      list?.querySelector<HTMLElement>('button[aria-pressed="true"]') ?? list?.querySelector<HTMLElement>("button:not(:disabled)");
    if (list && target) list.scrollLeft = target.offsetLeft - list.offsetLeft - list.clientWidth / 2 + target.clientWidth / 2;
  }, [selectedDate, loading, from]);

  function moveFocus(event: KeyboardEvent<HTMLUListElement>) {
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    const date = (event.target as HTMLElement).dataset.date;
    if (!step || !date) return;
    event.preventDefault();
    for (let next = addDays(date, step); next >= from && next <= to; next = addDays(next, step)) {
      const button = event.currentTarget.querySelector<HTMLButtonElement>(`button[data-date="${next}"]:not(:disabled)`);
      if (button) return button.focus();
    }
  }

  return (
    <ul
      ref={listRef}
      aria-label={label}
      aria-busy={loading || undefined}
      // Scrollable: reachable by keyboard even when no day inside can take focus.
      tabIndex={anyEnabled ? undefined : 0}
      onKeyDown={moveFocus}
      className="relative -mx-1 flex snap-x gap-2 overflow-x-auto px-1 pb-2 pt-1"
    >
      {days.map((date) => {
        const count = loading ? undefined : counts.get(date);
        const isRecommended = recommended?.has(date) ?? false;
        return (
          <li key={date} className="shrink-0 snap-start">
            <button
              type="button"
              data-date={date}
              disabled={!count}
              aria-pressed={date === selectedDate}
              onClick={() => onSelectDate(date)}
              className={`${dayClass} ${isRecommended ? "ring-2 ring-amber-500 ring-offset-1" : ""}`}
            >
              {/* The name is the visible text ("Thu 3 5 free") completed for a screen reader; the month is the list's name. */}
              <span className="text-xs font-medium uppercase">{WEEKDAY.format(Date.parse(`${date}T00:00:00Z`))}</span>
              <span className="text-lg font-semibold leading-tight">{Number(date.slice(8))}</span>
              <span className="text-xs">
                {count ? `${count} free` : "none"}
                <span className="sr-only">
                  {count ? (count === 1 ? " time" : " times") : " free"}
                  {isRecommended ? ", recommended for your next visit" : ""}
                </span>
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}

const dayClass =
  "relative flex h-20 w-16 flex-col items-center justify-center rounded-xl border border-brand-600 bg-brand-50 text-brand-800 hover:bg-brand-100 " +
  "disabled:cursor-default disabled:border-stone-200 disabled:bg-white disabled:text-stone-500 aria-pressed:border-brand-700 aria-pressed:bg-brand-700 aria-pressed:text-white";
