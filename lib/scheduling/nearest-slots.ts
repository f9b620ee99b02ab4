import { toEpochMs } from "./instant";
import type { EpochMs, Slot } from "./types";

/**
 * The `count` slots starting closest to `requestedStart` (offered after a lost booking race),
 * returned in chronological order. Equal distance prefers the earlier slot. `slots` must be
 * sorted by start, as listSlots returns them; two pointers then walk out from the request.
 */
export function nearestSlots<T extends Pick<Slot, "start">>(slots: readonly T[], requestedStart: EpochMs | Date, count: number): T[] {
  const target = toEpochMs(requestedStart);
  let after = lowerBound(slots, target);
  let before = after - 1;
  while (after - before - 1 < count && (before >= 0 || after < slots.length)) {
    const earlier = slots[before];
    const later = slots[after];
    if (later === undefined || (earlier !== undefined && target - earlier.start <= later.start - target)) before--;
    else after++;
  }
  return slots.slice(before + 1, after);
}

/** Index of the first slot starting at or after `target`. */
function lowerBound(slots: readonly Pick<Slot, "start">[], target: EpochMs): number {
  let low = 0;
  let high = slots.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (slots[mid]!.start < target) low = mid + 1;
    else high = mid;
  }
  return low;
}
