import { describe, expect, test } from "vitest";
import type { DueDecision } from "@/lib/notify/due-messages";
import { decideIntakeReminder, decideReminder, intakeReminderSendAfter, reminderSendAfter } from "./schedule";

const at = (iso: string) => new Date(iso);

// Both reminders go a fixed number of real hours before the visit, and none when that is already past.
const sendAfterRules = [
  {
    rule: "reminderSendAfter",
    sendAfter: reminderSendAfter,
    cases: [
      {
        name: "two days ahead: 24 h before",
        startsAt: "2026-11-04T15:00:00Z",
        now: "2026-11-02T12:00:00Z",
        expected: "2026-11-03T15:00:00.000Z",
      },
      {
        name: "across the DST change it is 24 real hours",
        startsAt: "2026-11-02T15:00:00Z",
        now: "2026-10-30T12:00:00Z",
        expected: "2026-11-01T15:00:00.000Z",
      },
      { name: "booked 23 h ahead: none", startsAt: "2026-11-04T15:00:00Z", now: "2026-11-03T16:00:00Z", expected: null },
      {
        name: "exactly 24 h ahead: none (it would be due now)",
        startsAt: "2026-11-04T15:00:00Z",
        now: "2026-11-03T15:00:00Z",
        expected: null,
      },
    ],
  },
  {
    rule: "intakeReminderSendAfter",
    sendAfter: intakeReminderSendAfter,
    cases: [
      {
        name: "a week ahead: 48 h before",
        startsAt: "2026-11-09T15:00:00Z",
        now: "2026-11-02T12:00:00Z",
        expected: "2026-11-07T15:00:00.000Z",
      },
      {
        name: "across the DST change it is 48 real hours",
        startsAt: "2026-11-02T15:00:00Z",
        now: "2026-10-28T12:00:00Z",
        expected: "2026-10-31T15:00:00.000Z",
      },
      {
        name: "booked 47 h ahead: none (the request at booking just asked)",
        startsAt: "2026-11-04T15:00:00Z",
        now: "2026-11-02T16:00:00Z",
        expected: null,
      },
      { name: "exactly 48 h ahead: none", startsAt: "2026-11-04T15:00:00Z", now: "2026-11-02T15:00:00Z", expected: null },
    ],
  },
];

for (const { rule, sendAfter, cases } of sendAfterRules) {
  describe(rule, () => {
    test.each(cases)("$name", ({ startsAt, now, expected }) => {
      expect(sendAfter(at(startsAt), at(now))?.toISOString() ?? null).toBe(expected);
    });
  });
}

/** Send, or do not send and say why (`reason` is a part of the sentence). */
function expectDecision(decision: DueDecision, send: boolean, reason: string | undefined): void {
  expect(decision.send).toBe(send);
  if (!decision.send) expect(decision.reason).toContain(reason);
}

describe("decideReminder", () => {
  const startsAt = at("2026-11-04T15:00:00Z");
  const base = {
    appointment: { status: "BOOKED", startsAt },
    expectedStartsAt: startsAt,
    remindersEnabled: true,
    now: at("2026-11-03T15:00:00Z"),
  };

  test.each([
    { name: "booked, unchanged, opted in: send", check: base, send: true, reason: undefined },
    { name: "deleted", check: { ...base, appointment: null }, send: false, reason: "no longer exists" },
    { name: "cancelled", check: { ...base, appointment: { status: "CANCELLED", startsAt } }, send: false, reason: "is cancelled" },
    {
      name: "late-cancelled",
      check: { ...base, appointment: { status: "LATE_CANCELLED", startsAt } },
      send: false,
      reason: "late_cancelled",
    },
    { name: "checked in already", check: { ...base, appointment: { status: "CHECKED_IN", startsAt } }, send: false, reason: "checked_in" },
    {
      name: "moved",
      check: { ...base, appointment: { status: "BOOKED", startsAt: at("2026-11-05T15:00:00Z") } },
      send: false,
      reason: "was moved",
    },
    { name: "no expected start recorded", check: { ...base, expectedStartsAt: null }, send: false, reason: "was moved" },
    { name: "already started", check: { ...base, now: at("2026-11-04T15:00:00Z") }, send: false, reason: "already started" },
    { name: "client opted out", check: { ...base, remindersEnabled: false }, send: false, reason: "turned reminders off" },
  ])("$name", ({ check, send, reason }) => expectDecision(decideReminder(check), send, reason));
});

describe("decideIntakeReminder", () => {
  const startsAt = at("2026-11-04T15:00:00Z");
  const base = {
    appointment: { status: "BOOKED", startsAt },
    expectedStartsAt: startsAt,
    remindersEnabled: true,
    intake: "missing" as const,
    now: at("2026-11-02T15:00:00Z"),
  };

  test.each([
    { name: "missing, unchanged, opted in: send", check: base, send: true, reason: undefined },
    { name: "expired: send", check: { ...base, intake: "expired" as const }, send: true, reason: undefined },
    {
      name: "submitted meanwhile",
      check: { ...base, intake: "current" as const },
      send: false,
      reason: "submitted a current intake meanwhile",
    },
    {
      name: "service no longer requires one",
      check: { ...base, intake: "not-required" as const },
      send: false,
      reason: "no longer requires an intake",
    },
    { name: "cancelled", check: { ...base, appointment: { status: "CANCELLED", startsAt } }, send: false, reason: "is cancelled" },
    {
      name: "moved",
      check: { ...base, appointment: { status: "BOOKED", startsAt: at("2026-11-05T15:00:00Z") } },
      send: false,
      reason: "was moved",
    },
    { name: "deleted", check: { ...base, appointment: null, intake: null }, send: false, reason: "no longer exists" },
    { name: "client opted out", check: { ...base, remindersEnabled: false }, send: false, reason: "turned reminders off" },
    {
      name: "cancelled and opted out: the visit's reason wins",
      check: { ...base, remindersEnabled: false, appointment: { status: "CANCELLED", startsAt } },
      send: false,
      reason: "is cancelled",
    },
  ])("$name", ({ check, send, reason }) => expectDecision(decideIntakeReminder(check), send, reason));
});
