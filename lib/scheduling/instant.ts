import type { EpochMs, Interval, ServiceSpec } from "./types";

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const MINUTES_PER_DAY = 24 * 60;

export function toEpochMs(instant: EpochMs | Date): EpochMs {
  return typeof instant === "number" ? instant : instant.getTime();
}

/**
 * What an appointment at `start` holds for its esthetician and resources:
 * `[start − bufferBefore, start + duration + bufferAfter)`. Store this range in the database so the
 * exclusion constraints and the engine agree on one definition.
 */
export function computeBlockedInterval(service: ServiceSpec, start: EpochMs | Date): Interval {
  const startMs = toEpochMs(start);
  return {
    start: startMs - service.bufferBeforeMinutes * MINUTE_MS,
    end: startMs + (service.durationMinutes + service.bufferAfterMinutes) * MINUTE_MS,
  };
}
