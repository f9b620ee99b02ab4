/**
 * This instance's booking requests in flight, counted per location and start time. A request that
 * queued for its booking turn looks at the schedule again only when it has met others wanting the
 * same time (a burst for one slot, where that look answers the losers without a transaction); a
 * request alone at its time goes straight to its transaction, which checks under the day's lock
 * anyway (docs/decisions/0039, amended).
 */
export class SameTimeRequests {
  private readonly keys = new Map<string, { inFlight: number; entered: number }>();

  /**
   * Counts one request for `key` until it leaves (once). `contended()` says whether it has met
   * another request for the same key: one in flight when it came, or one that came after it. So
   * the last of a burst, whose peers have all been answered, still counts as contended.
   */
  enter(key: string): { contended: () => boolean; leave: () => void } {
    const entry = this.keys.get(key) ?? { inFlight: 0, entered: 0 };
    this.keys.set(key, entry);
    const metOthers = entry.inFlight > 0;
    entry.inFlight++;
    entry.entered++;
    const enteredAs = entry.entered;
    let left = false;
    return {
      contended: () => metOthers || entry.entered > enteredAs,
      leave: () => {
        if (left) return;
        left = true;
        entry.inFlight--;
        if (entry.inFlight === 0) this.keys.delete(key);
      },
    };
  }

  get size(): number {
    return this.keys.size;
  }
}

/** The key of a booking request: its location and start instant (any esthetician, any room). */
export function sameTimeKey(locationId: string, startsAt: Date): string {
  return `${locationId}|${startsAt.getTime()}`;
}

const shared = globalThis as unknown as { glowbookSameTimeRequests?: SameTimeRequests };

/** One per process (parked on globalThis: Next bundles modules per route). */
export function sameTimeRequests(): SameTimeRequests {
  shared.glowbookSameTimeRequests ??= new SameTimeRequests();
  return shared.glowbookSameTimeRequests;
}
