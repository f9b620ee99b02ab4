"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import type { AvailableSlot, Availability } from "@/lib/booking/availability";
import type { ServerAction } from "@/lib/actions/types";
import type { ActionResult } from "@/lib/errors/app-error";
import { addDays } from "@/lib/dates/local-date";
import { formatMonth } from "@/lib/format/calendar";
import { monthOf, monthRange, shiftMonth } from "@/lib/dates/month";
import { DateStrip } from "./DateStrip";
import { MonthCalendar } from "./MonthCalendar";
import { TimeList } from "./TimeList";
import { ZoneNote } from "./ZoneNote";

/** What the times are for: a service (booking) or an appointment (rescheduling it). */
type MonthQuery = { service: string } | { appointmentId: string };

type Props<Q extends MonthQuery> = {
  query: Q;
  staffId: string | null;
  timeZone: string;
  /** Today and the last bookable day, as local dates in the spa's zone. */
  today: string;
  lastDate: string;
  /** The first day that may be offered when it is later than today (a treatment allowed from a date). */
  firstDate?: string | null;
  initialDate: string | null;
  selectedTime: string | null;
  /** The window recommended for the next visit (from a homecare plan's "book your next visit"). */
  recommended?: { from: string; to: string } | null;
  /** The current step's URL; the chosen date and time are added to it. */
  baseHref: string;
  loadMonth: ServerAction<Q & { staff: string | null; month: string }, Availability>;
};

type Loaded = { month: string; result: ActionResult<Availability> };

function withParams(baseHref: string, params: Record<string, string>): string {
  const [path, query = ""] = baseHref.split("?");
  const search = new URLSearchParams(query);
  for (const [key, value] of Object.entries(params)) search.set(key, value);
  return `${path}?${search}`;
}

/**
 * The days with free times (a strip on the phone, the month view one tap away) and the chosen
 * day's times, loaded a month at a time.
 */
export function SlotPicker<Q extends MonthQuery>(props: Props<Q>) {
  const { query, staffId, timeZone, loadMonth, recommended } = props;
  const from = props.firstDate ?? props.today;
  const initialDate = props.initialDate && props.initialDate >= from ? props.initialDate : null;
  const firstMonth = monthOf(from);
  const [month, setMonth] = useState(monthOf(initialDate ?? from));
  const [view, setView] = useState<"strip" | "month">("strip");
  const [selectedDate, setSelectedDate] = useState<string | null>(initialDate);
  const [picked, setPicked] = useState(false);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  // With no day chosen yet and nothing left this month, move on to the next month once.
  const autoAdvance = useRef(initialDate === null);
  const canGoForward = month < monthOf(props.lastDate);

  useEffect(() => {
    let current = true;
    loadMonth({ ...query, staff: staffId, month }).then(
      (result) => {
        if (!current) return;
        const empty = result.ok && !result.data.slots.some((slot) => slot.date >= from);
        if (autoAdvance.current && empty && canGoForward) setMonth(shiftMonth(month, 1));
        else setLoaded({ month, result });
        autoAdvance.current = false;
      },
      () => current && setLoaded({ month, result: { ok: false, code: "INTERNAL", message: "The free times could not be loaded." } }),
    );
    return () => {
      current = false;
    };
  }, [query, staffId, month, loadMonth, canGoForward, from]);

  const loading = loaded?.month !== month;
  const slots = useMemo(
    () => (!loading && loaded?.result.ok ? loaded.result.data.slots.filter((slot) => slot.date >= from) : []),
    [loading, loaded, from],
  );
  const counts = useMemo(() => {
    const map = new Map<string, number>();
    for (const slot of slots) map.set(slot.date, (map.get(slot.date) ?? 0) + 1);
    return map;
  }, [slots]);
  const recommendedDays = useMemo(() => daysBetween(recommended), [recommended]);

  function selectDate(date: string) {
    setSelectedDate(date);
    setPicked(true);
    // Keep the day in the address so a reload, the back button or a sign-in detour returns to it.
    window.history.replaceState(null, "", withParams(props.baseHref, { date }));
  }

  const daySlots = selectedDate ? slots.filter((slot) => slot.date === selectedDate) : [];
  const hrefFor = (slot: AvailableSlot) => withParams(props.baseHref, { date: slot.date, time: slot.start });
  const status = describeStatus(loading, loaded, month, counts.size);
  const label = formatMonth(month);
  const marks = { counts, selectedDate, loading, recommended: recommendedDays };
  const range = monthRange(month);

  return (
    <div className="space-y-3">
      <ZoneNote timeZone={timeZone} at={props.today + "T12:00:00Z"} />
      <div className="flex items-center justify-between gap-2">
        <button type="button" onClick={() => setMonth(shiftMonth(month, -1))} disabled={month <= firstMonth} className={navClass}>
          <span aria-hidden="true">←</span>
          <span className="sr-only">Previous month</span>
        </button>
        <p className="flex-1 whitespace-nowrap text-center text-base font-semibold" aria-hidden="true">
          {label}
        </p>
        <div className="flex items-center gap-2 whitespace-nowrap">
          <button
            type="button"
            aria-pressed={view === "month"}
            onClick={() => setView(view === "month" ? "strip" : "month")}
            className={navClass}
          >
            Month view
          </button>
          <button type="button" onClick={() => setMonth(shiftMonth(month, 1))} disabled={!canGoForward} className={navClass}>
            <span className="sr-only">Next month</span>
            <span aria-hidden="true">→</span>
          </button>
        </div>
      </div>
      <p role="status" aria-live="polite" className="min-h-6 text-sm text-stone-700">
        {status}
      </p>
      {recommended && (
        <p className="text-sm text-stone-700">
          <span aria-hidden="true" className="mr-1 inline-block h-3 w-3 rounded-full ring-2 ring-amber-500" />
          Ringed days are in the window your esthetician recommended for your next visit.
        </p>
      )}
      {view === "month" ? (
        <MonthCalendar month={month} {...marks} onSelectDate={selectDate} />
      ) : (
        <DateStrip
          label={`Days in ${label}`}
          from={range.from < from ? from : range.from}
          to={range.to > props.lastDate ? props.lastDate : range.to}
          {...marks}
          onSelectDate={selectDate}
        />
      )}
      {!loading && selectedDate && daySlots.length > 0 && (
        <TimeList
          key={selectedDate}
          date={selectedDate}
          slots={daySlots}
          timeZone={timeZone}
          hrefFor={hrefFor}
          selectedTime={props.selectedTime}
          scrollIntoView={picked}
        />
      )}
    </div>
  );
}

function daysBetween(window: { from: string; to: string } | null | undefined): ReadonlySet<string> | undefined {
  if (!window || window.from > window.to) return undefined;
  const days = new Set<string>();
  // A plan's window is weeks, not years; the cap keeps a hand-edited link from looping long.
  for (let date = window.from; date <= window.to && days.size < 92; date = addDays(date, 1)) days.add(date);
  return days;
}

function describeStatus(loading: boolean, loaded: Loaded | null, month: string, days: number): string {
  const label = formatMonth(month);
  if (loading) return `Loading free times for ${label}…`;
  if (loaded && !loaded.result.ok) return loaded.result.message;
  if (days === 0) return `No free times in ${label}. Try the next month.`;
  return `${days} ${days === 1 ? "day has" : "days have"} free times in ${label}. Choose a day.`;
}

const navClass =
  "inline-flex min-h-11 min-w-11 items-center justify-center gap-1 rounded-lg border border-stone-300 bg-white px-3 text-sm font-medium hover:bg-stone-100 " +
  "disabled:cursor-not-allowed disabled:opacity-40 aria-pressed:border-brand-700 aria-pressed:bg-brand-50";
