"use client";

import { useEffect, useRef, useState } from "react";

export type FeedStatus = "connecting" | "live" | "reconnecting";

type ScheduleMessage = { version: number; dates: string[]; staffIds: string[]; kind: string; appointmentId: string | null };

/**
 * Listens to the live calendar (GET /api/v1/calendar/events) and calls `onChange` when a change
 * touches one of `dates` (or any date), after a reconnect and on "resync". The browser's
 * EventSource reconnects by itself (the server sets `retry:`) and sends Last-Event-ID, so missed
 * changes are replayed. Changes in quick succession are taken together.
 */
export function useScheduleFeed(options: {
  dates: readonly string[];
  onChange: (message: ScheduleMessage | null) => void;
  enabled?: boolean;
}) {
  const [status, setStatus] = useState<FeedStatus>("connecting");
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  const enabled = options.enabled ?? true;

  useEffect(() => {
    if (!enabled || typeof EventSource === "undefined") return;
    const source = new EventSource("/api/v1/calendar/events");
    let timer: ReturnType<typeof setTimeout> | null = null;
    let hadError = false;
    let pending: ScheduleMessage | null = null;
    const flush = () => {
      timer = null;
      latest.current.onChange(pending);
      pending = null;
    };
    const later = (message: ScheduleMessage | null) => {
      pending = message;
      timer ??= setTimeout(flush, 150);
    };
    source.addEventListener("ready", () => {
      setStatus("live");
      // Reconnected: whatever happened while away is replayed, but reload to be sure.
      if (hadError) later(null);
      hadError = false;
    });
    source.addEventListener("schedule", (event) => {
      try {
        const message = JSON.parse((event as MessageEvent<string>).data) as ScheduleMessage;
        const visible = latest.current.dates;
        if (message.dates.length === 0 || message.dates.some((date) => visible.includes(date))) later(message);
      } catch {
        later(null);
      }
    });
    source.addEventListener("resync", () => later(null));
    source.addEventListener("error", () => {
      hadError = true;
      setStatus("reconnecting");
    });
    return () => {
      if (timer) clearTimeout(timer);
      source.close();
    };
  }, [enabled]);

  return status;
}
