import { concerns, formatSseComment, formatSseEvent, type FeedAudience, type ScheduleChangeEvent } from "./events";
import type { FeedSignal, ScheduleFeedListener } from "./listener";

export const SSE_HEADERS = {
  "Content-Type": "text/event-stream; charset=utf-8",
  // no-transform: compression in front of the app (and Next's own) must not buffer the stream.
  "Cache-Control": "no-cache, no-store, no-transform",
  Connection: "keep-alive",
  "X-Accel-Buffering": "no",
} as const;

/** How long a browser waits before reconnecting after the stream drops. */
export const RECONNECT_AFTER_MS = 3_000;
export const HEARTBEAT_MS = 25_000;
/** At most this many missed changes are replayed after a reconnect; more means "reload". */
export const REPLAY_LIMIT = 200;

export type StreamOptions = {
  feed: Pick<ScheduleFeedListener, "subscribe" | "ready">;
  audience: FeedAudience;
  /** Last-Event-ID from a reconnecting browser: the version it saw last. */
  lastEventId: string | null;
  /** The current version and the changes after a version (./queries.ts on the shared client). */
  currentVersion: () => Promise<number>;
  changesSince: (version: number) => Promise<{ changes: ScheduleChangeEvent[]; complete: boolean }>;
  /** Re-checked at every heartbeat: a signed-out, demoted or deactivated person's stream ends. */
  stillAllowed: () => Promise<boolean>;
  signal: AbortSignal;
  heartbeatMs?: number;
};

/**
 * A calendar's Server-Sent Events stream: `retry:`, then a `ready` event with the current
 * version (and, after a reconnect, the changes the browser missed), then one `schedule` event per
 * change that concerns this audience, `resync` when this instance's listener lost changes, and a
 * heartbeat comment. Subscribed before the version is read, so nothing falls between; versions
 * already sent are skipped.
 */
export function openScheduleStream(options: StreamOptions): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let cleanup = () => {};
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      let open = true;
      let lastSent = 0;
      const pending: FeedSignal[] = [];
      let replaying = true;
      const write = (text: string) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          close();
        }
      };
      const send = (signal: FeedSignal) => {
        if (signal.type === "resync") return write(formatSseEvent({ event: "resync", data: {} }));
        const { event } = signal;
        if (!concerns(options.audience, event) || event.version <= lastSent) return;
        lastSent = event.version;
        write(formatSseEvent({ id: event.version, event: "schedule", data: { ...event, date: event.dates[0] ?? null } }));
      };
      const unsubscribe = options.feed.subscribe((signal) => (replaying ? pending.push(signal) : send(signal)));
      const heartbeat = setInterval(() => {
        write(formatSseComment("heartbeat"));
        void options.stillAllowed().then(
          (allowed) => allowed || close(),
          () => {},
        );
      }, options.heartbeatMs ?? HEARTBEAT_MS);
      const close = () => {
        if (!open) return;
        open = false;
        clearInterval(heartbeat);
        unsubscribe();
        options.signal.removeEventListener("abort", close);
        try {
          controller.close();
        } catch {
          // Already closed by the reader.
        }
      };
      cleanup = close;
      options.signal.addEventListener("abort", close);
      if (options.signal.aborted) return close();

      write(`retry: ${RECONNECT_AFTER_MS}\n${formatSseComment("connected")}`);
      try {
        await options.feed.ready();
        const version = await options.currentVersion();
        const seen = Number(options.lastEventId);
        if (options.lastEventId && Number.isSafeInteger(seen) && seen >= 0 && seen < version) {
          const { changes, complete } = await options.changesSince(seen);
          if (!complete) write(formatSseEvent({ event: "resync", data: {} }));
          else for (const event of changes) send({ type: "change", event });
        }
        lastSent = Math.max(lastSent, version);
        write(formatSseEvent({ id: lastSent, event: "ready", data: { version: lastSent } }));
      } catch {
        // The database is unreachable: end the stream; the browser reconnects after `retry`.
        return close();
      }
      replaying = false;
      for (const signal of pending.splice(0)) send(signal);
    },
    cancel() {
      cleanup();
    },
  });
}
