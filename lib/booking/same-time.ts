/**
 * This instance's booking requests in flight, counted per location and start time. Two rules of
 * the booking read it (docs/decisions/0039, amended):
 * - a request that came while another for the same time was in flight waits for the first of them
 *   (the leader) to be answered, then looks at the schedule again before the client's intake is
 *   read: in a burst for one slot, the losers are answered without an intake read, an audit row or
 *   a turn in the booking queue;
 * - a request that queued for its booking turn looks again only when it has met others wanting the
 *   same time; alone at its time it goes straight to its transaction, which checks under the day's
 *   lock anyway.
 */
export class SameTimeRequests {
  private readonly keys = new Map<string, Entry>();

  /** `followLeaders: false` gives every request `leader: null` (tests of the queued re-look alone). */
  constructor(private readonly options: { followLeaders: boolean } = { followLeaders: true }) {}

  /**
   * Counts one request for `key` until it leaves (once). `contended()` says whether it has met
   * another request for the same key: one in flight when it came, or one that came after it. So
   * the last of a burst, whose peers have all been answered, still counts as contended.
   * `leader` settles when the request that led this key when this one came has left; it is null
   * for that leader itself (a request that came when none was in flight).
   */
  enter(key: string): { contended: () => boolean; leader: Promise<void> | null; leave: () => void } {
    const entry = this.keys.get(key) ?? { inFlight: 0, entered: 0, leader: null };
    this.keys.set(key, entry);
    const metOthers = entry.inFlight > 0;
    const leader = this.options.followLeaders ? (entry.leader?.settled ?? null) : null;
    const leading = leader ? null : settlement();
    if (leading) entry.leader = leading;
    entry.inFlight++;
    entry.entered++;
    const enteredAs = entry.entered;
    let left = false;
    return {
      contended: () => metOthers || entry.entered > enteredAs,
      leader,
      leave: () => {
        if (left) return;
        left = true;
        if (leading) {
          leading.settle();
          if (entry.leader === leading) entry.leader = null;
        }
        entry.inFlight--;
        if (entry.inFlight === 0) this.keys.delete(key);
      },
    };
  }

  get size(): number {
    return this.keys.size;
  }
}

type Settlement = { settled: Promise<void>; settle: () => void };
type Entry = { inFlight: number; entered: number; leader: Settlement | null };

function settlement(): Settlement {
  let settle!: () => void;
  const settled = new Promise<void>((resolve) => (settle = resolve));
  return { settled, settle };
}

/** Whether `promise` settles within `ms` (false after that; it is not waited for any longer). */
export async function settlesWithin(promise: Promise<void>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(resolve, ms, false)));
  try {
    return await Promise.race([promise.then(() => true as const), timeout]);
  } finally {
    clearTimeout(timer);
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
