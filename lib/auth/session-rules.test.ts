import { describe, expect, test } from "vitest";
import { ROLES } from "./policy";
import { describeUserAgent, isSessionLive, secondFactorState, SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from "./session-rules";

const now = new Date("2026-04-01T12:00:00.000Z");
const ago = (ms: number) => new Date(now.getTime() - ms);
const ahead = (ms: number) => new Date(now.getTime() + ms);

describe("secondFactorState", () => {
  test.each([
    { role: "CLIENT", done: false, has: true, required: true, expected: "complete" },
    { role: "ESTHETICIAN", done: true, has: true, required: true, expected: "complete" },
    { role: "ESTHETICIAN", done: false, has: true, required: false, expected: "pending" },
    { role: "ESTHETICIAN", done: false, has: true, required: true, expected: "pending" },
    { role: "ESTHETICIAN", done: false, has: false, required: true, expected: "enrol" },
    { role: "ESTHETICIAN", done: false, has: false, required: false, expected: "complete" },
    { role: "ADMIN", done: false, has: false, required: true, expected: "enrol" },
    { role: "ADMIN", done: false, has: true, required: false, expected: "pending" },
  ] as const)("$role done=$done has=$has required=$required → $expected", ({ role, done, has, required, expected }) => {
    expect(secondFactorState({ role, secondFactorDone: done, hasSecondFactor: has, requiredForStaff: required })).toBe(expected);
  });

  test.each(ROLES.filter((role) => role !== "CLIENT"))("the requirement covers every staff role: %s", (role) => {
    expect(secondFactorState({ role, secondFactorDone: false, hasSecondFactor: false, requiredForStaff: true })).toBe("enrol");
  });
});

describe("isSessionLive", () => {
  test.each([
    ["fresh", ago(0), ahead(SESSION_ABSOLUTE_MS), true],
    ["idle just under the limit", ago(SESSION_IDLE_MS - 1), ahead(60_000), true],
    ["idle at the limit", ago(SESSION_IDLE_MS), ahead(60_000), false],
    ["active but past its absolute end", ago(0), ago(1), false],
    ["active at its absolute end", ago(0), now, false],
  ])("%s → %s", (_name, lastSeenAt, expiresAt, live) => {
    expect(isSessionLive({ lastSeenAt, expiresAt }, now)).toBe(live);
  });
});

describe("describeUserAgent", () => {
  test.each([
    [
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
      "Safari on macOS",
    ],
    ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36", "Chrome on Windows"],
    [
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36 Edg/126.0",
      "Edge on Windows",
    ],
    [
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Version/17.5 Mobile/15E148 Safari/604.1",
      "Safari on iOS",
    ],
    ["Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0", "Firefox on Linux"],
    ["Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/126.0 Mobile Safari/537.36", "Chrome on Android"],
    ["curl/8.5.0", "Unknown browser"],
    ["", "Unknown browser"],
  ])("%j → %s", (userAgent, expected) => {
    expect(describeUserAgent(userAgent)).toBe(expected);
  });
});
