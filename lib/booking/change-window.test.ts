import { describe, expect, test } from "vitest";
import { canChangeAppointment, cancellationStatus, clientChangeDeadline, type ActorRole } from "./change-window";

const startsAt = new Date("2026-12-10T15:00:00Z");
const windowHours = 24;
const at = (iso: string) => new Date(iso);

describe("canChangeAppointment", () => {
  test.each<[string, ActorRole, string, boolean]>([
    ["client well before the window", "CLIENT", "2026-12-08T15:00:00Z", true],
    ["client exactly at the deadline", "CLIENT", "2026-12-09T15:00:00Z", true],
    ["client one minute inside the window", "CLIENT", "2026-12-09T15:01:00Z", false],
    ["client after the start", "CLIENT", "2026-12-10T16:00:00Z", false],
    ["esthetician inside the window", "ESTHETICIAN", "2026-12-10T14:00:00Z", true],
    ["admin after the start", "ADMIN", "2026-12-10T16:00:00Z", true],
  ])("%s", (_label, role, now, expected) => {
    expect(canChangeAppointment({ role, startsAt, now: at(now), windowHours })).toBe(expected);
  });

  test("a zero-hour window lets clients change until the start", () => {
    expect(canChangeAppointment({ role: "CLIENT", startsAt, now: at("2026-12-10T14:59:00Z"), windowHours: 0 })).toBe(true);
    expect(canChangeAppointment({ role: "CLIENT", startsAt, now: startsAt, windowHours: 0 })).toBe(false);
  });
});

describe("cancellationStatus", () => {
  test.each<[ActorRole, string, "CANCELLED" | "LATE_CANCELLED"]>([
    ["CLIENT", "2026-12-08T15:00:00Z", "CANCELLED"],
    ["ESTHETICIAN", "2026-12-08T15:00:00Z", "CANCELLED"],
    ["ESTHETICIAN", "2026-12-10T09:00:00Z", "LATE_CANCELLED"],
    ["ADMIN", "2026-12-09T15:30:00Z", "LATE_CANCELLED"],
    ["ADMIN", "2026-12-09T15:00:00Z", "CANCELLED"],
  ])("%s at %s → %s", (role, now, expected) => {
    expect(cancellationStatus({ role, startsAt, now: at(now), windowHours })).toBe(expected);
  });
});

test("the deadline is the start minus the window", () => {
  expect(clientChangeDeadline(startsAt, 48).toISOString()).toBe("2026-12-08T15:00:00.000Z");
});
