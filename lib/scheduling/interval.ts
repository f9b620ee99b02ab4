import type { Interval } from "./types";

/** Sorted copy with overlapping or touching intervals joined; empty ones block nothing and are dropped. */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const next of sorted) {
    const last = merged[merged.length - 1];
    if (last && next.start <= last.end) last.end = Math.max(last.end, next.end);
    else merged.push({ start: next.start, end: next.end });
  }
  return merged;
}

/**
 * `base` minus `cuts`, both sorted and non-overlapping (cuts merged). Intervals of `base` that touch
 * stay separate, so a slot cannot run from one local day's hours into the next day's.
 */
export function subtractIntervals(base: readonly Interval[], cuts: readonly Interval[]): Interval[] {
  const result: Interval[] = [];
  let first = 0;
  for (const window of base) {
    while (first < cuts.length && cuts[first]!.end <= window.start) first++;
    let cursor = window.start;
    for (let k = first; k < cuts.length && cuts[k]!.start < window.end; k++) {
      const cut = cuts[k]!;
      if (cut.start > cursor) result.push({ start: cursor, end: cut.start });
      cursor = Math.max(cursor, cut.end);
    }
    if (cursor < window.end) result.push({ start: cursor, end: window.end });
  }
  return result;
}

/** Total length of `intervals` (merged) that falls inside `window`. */
export function sumOverlapMs(intervals: readonly Interval[], window: Interval): number {
  let total = 0;
  for (const i of mergeIntervals(intervals)) {
    total += Math.max(0, Math.min(i.end, window.end) - Math.max(i.start, window.start));
  }
  return total;
}

/**
 * A forward-only cursor over sorted, merged busy intervals. Callers ask about intervals whose
 * starts never decrease, so each busy interval is passed over once: the sweep that keeps a month
 * of slots linear in the number of appointments.
 */
export class BusySweep {
  private next = 0;
  constructor(private readonly busy: readonly Interval[]) {}

  isFree(interval: Interval): boolean {
    while (this.next < this.busy.length && this.busy[this.next]!.end <= interval.start) this.next++;
    const candidate = this.busy[this.next];
    return candidate === undefined || candidate.start >= interval.end;
  }
}

/** Forward-only cursor answering "does one window contain this interval?" over sorted windows. */
export class WindowSweep {
  private next = 0;
  constructor(private readonly windows: readonly Interval[]) {}

  contains(interval: Interval): boolean {
    while (this.next < this.windows.length && this.windows[this.next]!.end <= interval.start) this.next++;
    const candidate = this.windows[this.next];
    return candidate !== undefined && candidate.start <= interval.start && candidate.end >= interval.end;
  }
}
