"use client";

import type { KeyboardEvent } from "react";
import { formatMonth } from "@/lib/format/calendar";
import { addDays } from "@/lib/dates/local-date";
import { buildMonthWeeks } from "@/lib/dates/month";
import { dayLabel, type DayMarks } from "./day-marks";

type Props = DayMarks & {
  month: string;
  onSelectDate: (date: string) => void;
};

const WEEKDAYS = [
  ["Sun", "Sunday"],
  ["Mon", "Monday"],
  ["Tue", "Tuesday"],
  ["Wed", "Wednesday"],
  ["Thu", "Thursday"],
  ["Fri", "Friday"],
  ["Sat", "Saturday"],
] as const;

const ARROW_STEPS: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 };

/**
 * A month as a table of day buttons. Days with free times are enabled; Tab reaches each of them
 * and the arrow keys move between them like a paper calendar (skipping days without times).
 */
export function MonthCalendar(props: Props) {
  const { month, counts, selectedDate, loading, recommended } = props;
  const label = formatMonth(month);

  function moveFocus(event: KeyboardEvent<HTMLTableElement>) {
    const step = ARROW_STEPS[event.key];
    const from = (event.target as HTMLElement).dataset.date;
    if (!step || !from) return;
    event.preventDefault();
    for (let date = addDays(from, step); date.startsWith(month); date = addDays(date, step)) {
      const button = event.currentTarget.querySelector<HTMLButtonElement>(`button[data-date="${date}"]:not(:disabled)`);
      if (button) return button.focus();
    }
  }

  return (
    <div className="rounded-xl border border-stone-200 bg-white p-3 sm:p-4">
      <table
        className="w-full table-fixed border-collapse text-center"
        aria-label={label}
        aria-busy={loading || undefined}
        onKeyDown={moveFocus}
      >
        <thead>
          <tr>
            {WEEKDAYS.map(([short, long]) => (
              <th key={short} scope="col" abbr={long} className="py-1 text-xs font-medium text-stone-600">
                {short}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {buildMonthWeeks(month).map((week, index) => (
            <tr key={index}>
              {week.map((date, cell) => (
                <td key={date ?? `blank-${cell}`} className="p-0.5">
                  {date && (
                    <button
                      type="button"
                      data-date={date}
                      disabled={loading || !counts.get(date)}
                      aria-pressed={date === selectedDate}
                      aria-label={dayLabel(date, counts.get(date), recommended?.has(date))}
                      onClick={() => props.onSelectDate(date)}
                      className={`${dayClass} ${recommended?.has(date) ? "ring-2 ring-amber-500 ring-offset-1" : ""}`}
                    >
                      {Number(date.slice(8))}
                    </button>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const dayClass =
  "mx-auto flex h-11 w-full max-w-12 items-center justify-center rounded-lg border border-brand-600 font-medium text-brand-800 bg-brand-50 hover:bg-brand-100 " +
  "disabled:cursor-default disabled:border-transparent disabled:bg-transparent disabled:font-normal disabled:text-stone-400 aria-pressed:bg-brand-700 aria-pressed:text-white";
