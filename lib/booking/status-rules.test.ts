import { describe, expect, test } from "vitest";
import { statusChangeRefusal, type MarkableStatus } from "./status-rules";

const startsAt = new Date("2030-03-04T15:00:00Z");
const at = (iso: string) => new Date(iso);

describe("statusChangeRefusal", () => {
  test.each<{ from: string; to: MarkableStatus; now: string; allowed: boolean }>([
    { from: "BOOKED", to: "CHECKED_IN", now: "2030-03-04T13:00:00Z", allowed: true },
    { from: "BOOKED", to: "CHECKED_IN", now: "2030-03-04T12:59:59Z", allowed: false },
    { from: "BOOKED", to: "CHECKED_IN", now: "2030-03-04T15:30:00Z", allowed: true },
    { from: "CHECKED_IN", to: "CHECKED_IN", now: "2030-03-04T15:00:00Z", allowed: false },
    { from: "CANCELLED", to: "CHECKED_IN", now: "2030-03-04T15:00:00Z", allowed: false },
    { from: "CHECKED_IN", to: "COMPLETED", now: "2030-03-04T16:00:00Z", allowed: true },
    { from: "BOOKED", to: "COMPLETED", now: "2030-03-04T15:00:00Z", allowed: true },
    { from: "BOOKED", to: "COMPLETED", now: "2030-03-04T14:59:00Z", allowed: false },
    { from: "NO_SHOW", to: "COMPLETED", now: "2030-03-04T16:00:00Z", allowed: false },
    { from: "BOOKED", to: "NO_SHOW", now: "2030-03-04T15:00:00Z", allowed: true },
    { from: "BOOKED", to: "NO_SHOW", now: "2030-03-04T14:00:00Z", allowed: false },
    { from: "CHECKED_IN", to: "NO_SHOW", now: "2030-03-04T16:00:00Z", allowed: false },
    { from: "LATE_CANCELLED", to: "NO_SHOW", now: "2030-03-04T16:00:00Z", allowed: false },
  ])("$from → $to at $now: $allowed", ({ from, to, now, allowed }) => {
    const refusal = statusChangeRefusal({ from, to, startsAt, now: at(now) });
    if (allowed) expect(refusal).toBeNull();
    else expect(refusal).toEqual(expect.any(String));
  });
});
