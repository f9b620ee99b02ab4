/**
 * This instance's booking requests in flight, counted per location and start time. A request that
 * queued for its booking turn looks at the schedule again only when others want the same time
 * (a burst for one slot, where that look answers the losers without a transaction); a request
 * alone at its time goes straight to its transaction, which checks under the day's lock anyway
 * (docs/decisions/0039, amended).
 */
export class SameTimeRequests {
  private readonly counts = new Map<string, number>();

  /** Counts one request for `key` until the returned function is called (once). */
  enter(key: string): () => void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    let left = false;
    return () => {
      if (left) return;
      left = true;
      const count = (this.counts.get(key) ?? 1) - 1;
      if (count > 0) this.counts.set(key, count);
      else this.counts.delete(key);
    };
  }

  /** Whether a request other than the caller's own is in flight for `key`. */
  contended(key: string): boolean {
    return (this.counts.get(key) ?? 0) > 1;
  }

  get size(): number {
    return this.counts.size;
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
