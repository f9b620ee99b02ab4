import { describe, expect, test } from "vitest";
import { decideReminder, reminderSendAfter } from "./schedule";

const at = (iso: string) => new Date(iso);

describe("reminderSendAfter", () => {
  test.each([
    { name: "two days ahead: 24 h before", startsAt: "2026-11-04T15:00:00Z", now: "2026-11-02T12:00:00Z", expected: "2026-11-03T15:00:00.000Z" },
    { name: "across the DST change it is 24 real hours", startsAt: "2026-11-02T15:00:00Z", now: "2026-10-30T12:00:00Z", expected: "2026-11-01T15:00:00.000Z" },
    { name: "booked 23 h ahead: none", startsAt: "2026-11-04T15:00:00Z", now: "2026-11-03T16:00:00Z", expected: null },
    { name: "exactly 24 h ahead: none (it would be due now)", startsAt: "2026-11-04T15:00:00Z", now: "2026-11-03T15:00:00Z", expected: null },
  ])("$name", ({ startsAt, now, expected }) => {
    expect(reminderSendAfter(at(startsAt), at(now))?.toISOString() ?? null).toBe(expected);
  });
});

describe("decideReminder", () => {
  const startsAt = at("2026-11-04T15:00:00Z");
  const base = { appointment: { status: "BOOKED", startsAt }, expectedStartsAt: startsAt, remindersEnabled: true, now: at("2026-11-03T15:00:00Z") };

  test.each([
    { name: "booked, unchanged, opted in: send", check: base, send: true, reason: undefined },
    { name: "deleted", check: { ...base, appointment: null }, send: false, reason: "no longer exists" },
    { name: "cancelled", check: { ...base, appointment: { status: "CANCELLED", startsAt } }, send: false, reason: "is cancelled" },
    { name: "late-cancelled", check: { ...base, appointment: { status: "LATE_CANCELLED", startsAt } }, send: false, reason: "late_cancelled" },
    { name: "checked in already", check: { ...base, appointment: { status: "CHECKED_IN", startsAt } }, send: false, reason: "checked_in" },
    { name: "moved", check: { ...base, appointment: { status: "BOOKED", startsAt: at("2026-11-05T15:00:00Z") } }, send: false, reason: "was moved" },
    { name: "no expected start recorded", check: { ...base, expectedStartsAt: null }, send: false, reason: "was moved" },
    { name: "already started", check: { ...base, now: at("2026-11-04T15:00:00Z") }, send: false, reason: "already started" },
    { name: "client opted out", check: { ...base, remindersEnabled: false }, send: false, reason: "turned reminders off" },
  ])("$name", ({ check, send, reason }) => {
    const decision = decideReminder(check);
    expect(decision.send).toBe(send);
    if (!decision.send) expect(decision.reason).toContain(reason);
  });
});
