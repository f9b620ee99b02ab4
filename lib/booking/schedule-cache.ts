import type { DbClient } from "@/lib/db/client";
import { getScheduleVersion } from "@/lib/schedule-feed/queries";

/**
 * What this app instance has computed from a location's schedule (loaded engine input, slot lists),
 * kept under the location's schedule version (lib/schedule-feed, docs/decisions/0024). Every write
 * that changes a schedule bumps that version at its commit, in its own transaction, on whichever
 * instance made it; a reader reads the current version first (one tiny primary-key read) and only
 * then looks here. Anything stored under version N was computed from data at least as new as N,
 * so it answers exactly as a fresh load would until the version moves; then it is dropped.
 *
 * Loads are shared: fifty requests that miss at once wait for ONE load. The map is a bounded LRU.
 */
export class ScheduleCache {
  private readonly entries = new Map<string, Promise<unknown>>();
  private readonly newest = new Map<string, number>();
  private hitCount = 0;
  private missCount = 0;

  constructor(private readonly maxEntries = 500) {}

  /** The location's committed schedule version, as `client` sees it now. */
  version(client: DbClient, locationId: string): Promise<number> {
    return getScheduleVersion(client, locationId);
  }

  /**
   * The value stored for `key` at `version`, or `load()`'s (stored, and shared with concurrent
   * callers). `load` must read data no older than `version`, i.e. start after the version was read.
   * A failed load is not kept.
   */
  get<T>(locationId: string, version: number, key: string, load: () => Promise<T>): Promise<T> {
    this.forgetOlderThan(locationId, version);
    const entryKey = `${locationId}@${version}|${key}`;
    const found = this.entries.get(entryKey);
    if (found) {
      this.hitCount++;
      // Most recently used last.
      this.entries.delete(entryKey);
      this.entries.set(entryKey, found);
      return found as Promise<T>;
    }
    this.missCount++;
    const loading = load();
    this.entries.set(entryKey, loading);
    loading.catch(() => {
      if (this.entries.get(entryKey) === loading) this.entries.delete(entryKey);
    });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return loading;
  }

  get stats(): { entries: number; hits: number; misses: number } {
    return { entries: this.entries.size, hits: this.hitCount, misses: this.missCount };
  }

  clear(): void {
    this.entries.clear();
    this.newest.clear();
  }

  /** A newer version makes everything stored under older ones useless: drop it at once. */
  private forgetOlderThan(locationId: string, version: number): void {
    const newest = this.newest.get(locationId);
    if (newest !== undefined && newest >= version) return;
    this.newest.set(locationId, version);
    if (newest === undefined) return;
    const prefix = `${locationId}@`;
    for (const key of this.entries.keys()) {
      if (key.startsWith(prefix) && Number(key.slice(prefix.length, key.indexOf("|"))) < version) this.entries.delete(key);
    }
  }
}

// One cache per process (parked on globalThis: Next bundles modules per route, and its dev
// server re-evaluates them on edits).
const shared = globalThis as unknown as { glowbookScheduleCache?: ScheduleCache };

export function getScheduleCache(): ScheduleCache {
  shared.glowbookScheduleCache ??= new ScheduleCache();
  return shared.glowbookScheduleCache;
}
