import { setTimeout as sleep } from "node:timers/promises";
import { inspect } from "node:util";

export interface WaitOptions<T> {
  /** What is awaited, for the failure message: "the reminder of <id> to be SENT". */
  description: string;
  /** Done once this holds for the observed value; by default once the value is truthy. */
  until?: (value: T) => boolean;
  /** What of the last observed value the failure shows (a message row is long); all of it by default. */
  show?: (value: T) => unknown;
  timeoutMs?: number;
  intervalMs?: number;
}

/**
 * Observes until `until` holds and returns that observation, instead of sleeping a fixed time and
 * hoping. On timeout it fails with what it was waiting for and the last value it saw.
 */
export async function waitFor<T>(observe: () => T | Promise<T>, options: WaitOptions<T>): Promise<T> {
  const { description, until = Boolean, show = (value: T) => value, timeoutMs = 15_000, intervalMs = 100 } = options;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await observe();
    if (until(value)) return value;
    if (Date.now() >= deadline) {
      const last = inspect(show(value), { depth: 4, breakLength: Infinity });
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${description}; last observed: ${last}`);
    }
    await sleep(intervalMs);
  }
}
