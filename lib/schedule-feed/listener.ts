import pg from "pg";
import { parseScheduleNotification, SCHEDULE_CHANNEL, type ScheduleChangeEvent } from "./events";

/** What a subscriber hears: a change, or "resync" after the connection was lost (changes may have been missed). */
export type FeedSignal = { type: "change"; event: ScheduleChangeEvent } | { type: "resync" };
export type FeedSubscriber = (signal: FeedSignal) => void;

export type ListenerOptions = {
  connectionString: string;
  /** First reconnect delay; doubles up to `maxBackoffMs`, with jitter so instances do not stampede. */
  initialBackoffMs?: number;
  maxBackoffMs?: number;
  /** Told about connection trouble (the default logs one line). */
  onError?: (error: unknown) => void;
};

/**
 * One app instance's ear on the schedule channel: ONE dedicated PostgreSQL connection that
 * LISTENs, however many calendars are open, fanning each notification out to its subscribers.
 * It connects on the first subscription and reconnects by itself with exponential backoff; after a
 * reconnect every subscriber gets "resync", since notifications sent meanwhile are gone.
 * Nothing polls: PostgreSQL pushes.
 */
export class ScheduleFeedListener {
  private readonly subscribers = new Set<FeedSubscriber>();
  private client: pg.Client | null = null;
  private connecting: Promise<void> | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private backoffMs: number;
  private waiting: (() => void)[] = [];
  private everConnected = false;
  private closed = false;

  constructor(private readonly options: ListenerOptions) {
    this.backoffMs = options.initialBackoffMs ?? 500;
  }

  /** Adds a subscriber (connecting if needed); returns the unsubscribe function. */
  subscribe(subscriber: FeedSubscriber): () => void {
    this.subscribers.add(subscriber);
    void this.ensureConnected();
    return () => {
      this.subscribers.delete(subscriber);
    };
  }

  /** Resolves once the LISTEN is in place (waiting through reconnects); at once when closed. */
  ready(): Promise<void> {
    if (this.client || this.closed) return Promise.resolve();
    const connected = new Promise<void>((resolve) => this.waiting.push(resolve));
    void this.ensureConnected();
    return connected;
  }

  get subscriberCount(): number {
    return this.subscribers.size;
  }

  get connected(): boolean {
    return this.client !== null;
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    for (const resolve of this.waiting.splice(0)) resolve();
    this.subscribers.clear();
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => {});
  }

  private ensureConnected(): Promise<void> {
    // While a reconnect waits out its backoff, the timer will connect.
    if (this.closed || this.client || this.retryTimer) return Promise.resolve();
    this.connecting ??= this.connect().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  private async connect(): Promise<void> {
    if (this.retryTimer) {
      clearTimeout(this.retryTimer);
      this.retryTimer = null;
    }
    const client = new pg.Client({ connectionString: this.options.connectionString, application_name: "glowbook-schedule-feed" });
    // Without an error listener a dropped connection would crash the process.
    client.on("error", (error) => this.lost(client, error));
    client.on("end", () => this.lost(client, null));
    client.on("notification", (message) => {
      if (message.channel !== SCHEDULE_CHANNEL) return;
      const event = parseScheduleNotification(message.payload);
      if (event) this.broadcast({ type: "change", event });
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${SCHEDULE_CHANNEL}`);
    } catch (error) {
      client.removeAllListeners("end");
      await client.end().catch(() => {});
      this.report(error);
      this.scheduleReconnect();
      return;
    }
    if (this.closed) {
      await client.end().catch(() => {});
      return;
    }
    this.client = client;
    this.backoffMs = this.options.initialBackoffMs ?? 500;
    if (this.everConnected) this.broadcast({ type: "resync" });
    this.everConnected = true;
    for (const resolve of this.waiting.splice(0)) resolve();
  }

  private lost(client: pg.Client, error: unknown): void {
    if (this.client !== client) return;
    this.client = null;
    if (error) this.report(error);
    client.removeAllListeners("end");
    void client.end().catch(() => {});
    if (!this.closed) this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.closed || this.retryTimer) return;
    const delay = this.backoffMs * (0.75 + Math.random() / 2);
    this.backoffMs = Math.min(this.backoffMs * 2, this.options.maxBackoffMs ?? 30_000);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.ensureConnected();
    }, delay);
    // The timer alone must not keep a process (a test, a script) alive.
    this.retryTimer.unref?.();
  }

  private broadcast(signal: FeedSignal): void {
    for (const subscriber of this.subscribers) {
      try {
        subscriber(signal);
      } catch (error) {
        this.report(error);
      }
    }
  }

  private report(error: unknown): void {
    if (this.options.onError) this.options.onError(error);
    else console.warn(`[schedule feed] ${error instanceof Error ? error.message : String(error)}`);
  }
}

// One listener per process. Next's dev server re-evaluates modules on edits, so it is parked on
// globalThis like the Prisma client.
const globalForFeed = globalThis as unknown as { glowbookScheduleFeed?: ScheduleFeedListener };

/**
 * This process's listener: on DATABASE_DIRECT_URL when set (LISTEN needs a session of its own, which
 * PgBouncer's transaction pooling does not give; docs/decisions/0025), else on DATABASE_URL.
 */
export function getScheduleFeed(): ScheduleFeedListener {
  const connectionString = process.env.DATABASE_DIRECT_URL || process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set.");
  globalForFeed.glowbookScheduleFeed ??= new ScheduleFeedListener({ connectionString });
  return globalForFeed.glowbookScheduleFeed;
}
