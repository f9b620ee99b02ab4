import { describe, expect, test } from "vitest";
import { decideNudge, localDateAt, nudgeSendAfter } from "./nudge-schedule";

const NY = "America/New_York";
const plan = { state: "PUBLISHED", nextVisit: { from: "2030-04-09", to: "2030-04-23" }, timeZone: NY };
const now = new Date("2030-04-09T14:00:00Z");

describe("nudgeSendAfter", () => {
  test("10:00 on the spa's wall clock, across a DST change", () => {
    const before = new Date("2030-10-01T00:00:00Z");
    expect(nudgeSendAfter({ from: "2030-11-01" }, NY, before)).toEqual(new Date("2030-11-01T14:00:00Z")); // EDT
    expect(nudgeSendAfter({ from: "2030-11-04" }, NY, before)).toEqual(new Date("2030-11-04T15:00:00Z")); // EST
    expect(nudgeSendAfter({ from: "2030-11-04" }, "Europe/Lisbon", before)).toEqual(new Date("2030-11-04T10:00:00Z"));
  });

  test("null when the window is already open at publish", () => {
    expect(nudgeSendAfter({ from: "2030-04-09" }, NY, now)).toBeNull();
    expect(localDateAt("2030-04-09", 10, NY)).toEqual(now);
  });
});

describe("decideNudge", () => {
  const base = { plan, rebooked: false, nudgesEnabled: true, now };
  test("sends when the plan is published, nothing booked, nudges on, window open", () => {
    expect(decideNudge(base)).toEqual({ send: true });
  });
  test.each([
    [{ plan: null }, "Not sent: the homecare plan no longer exists."],
    [{ plan: { ...plan, state: "DRAFT" } }, "Not sent: the homecare plan was withdrawn."],
    [{ rebooked: true }, "Not sent: the client has already booked their next visit."],
    [{ nudgesEnabled: false }, "Not sent: the client turned nudges off."],
    [{ now: new Date("2030-04-24T04:00:00Z") }, "Not sent: the suggested window has closed."],
  ])("%o → not sent", (change, reason) => {
    expect(decideNudge({ ...base, ...change })).toEqual({ send: false, reason });
  });
  test("the window's last day still counts, to midnight in the spa's zone", () => {
    expect(decideNudge({ ...base, now: new Date("2030-04-24T03:59:00Z") })).toEqual({ send: true });
  });
});
