import { DatabaseBusyError } from "@/lib/errors/unavailable";

/**
 * At most `limit` pieces of work at once; the rest wait in order, each at most its own bound, then
 * fail with DatabaseBusyError (answered 503 with Retry-After). Booking transactions go through one
 * per instance sized below the pool, so a burst queues here, cheaply and in order, instead of
 * holding every connection while waiting for a lock, and reads keep connections of their own.
 */
export class Admission {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly limit: number) {}

  /** Runs `work` in its turn; `waited` says whether it queued (what it checked before may have changed). */
  async run<T>(work: (waited: boolean) => Promise<T>, maxWaitMs: number): Promise<T> {
    const waited = this.active >= this.limit;
    if (waited) await this.wait(maxWaitMs);
    else this.active++;
    try {
      return await work(waited);
    } finally {
      this.release();
    }
  }

  get queued(): number {
    return this.waiting.length;
  }

  private wait(maxWaitMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const admit = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        const index = this.waiting.indexOf(admit);
        if (index >= 0) this.waiting.splice(index, 1);
        reject(new DatabaseBusyError(`waited ${maxWaitMs} ms for a turn`));
      }, maxWaitMs);
      this.waiting.push(admit);
    });
  }

  // The slot passes straight to the next waiter, so `active` never dips while others wait.
  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.active--;
  }
}
