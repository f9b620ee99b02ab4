import { describe, expect, it } from "vitest";
import { intakeStatusOf, type VisitNeedingIntake } from "./status";

// A visit on Monday 2030-03-04 at 04:30 UTC: still Sunday 2030-03-03 in New York, already Monday in Auckland.
const visit = (requiresIntake: boolean, timeZone = "America/New_York"): VisitNeedingIntake => ({
  clientId: "client",
  startsAt: new Date("2030-03-04T04:30:00Z"),
  service: { requiresIntake },
  location: { id: "location", timeZone },
});

describe("intakeStatusOf (the intake messages' status, from facts read with the appointment's mail)", () => {
  it.each([
    ["a service without an intake", visit(false), "2020-01-01", 6, { state: "not-required" }],
    ["no submission", visit(true), null, 6, { state: "missing" }],
    [
      "submitted within the validity",
      visit(true),
      "2029-10-01",
      6,
      { state: "current", submittedOn: "2029-10-01", expiresOn: "2030-04-01" },
    ],
    [
      "validity ended before the visit",
      visit(true),
      "2029-09-01",
      6,
      { state: "expired", submittedOn: "2029-09-01", expiresOn: "2030-03-01" },
    ],
    ["the spa's own validity", visit(true), "2029-09-01", 12, { state: "current", submittedOn: "2029-09-01", expiresOn: "2030-09-01" }],
    // Measured to the visit's local date (expiresOn is the first day it no longer counts): the visit
    // is on Sunday 3 March in New York, the intake's last valid day…
    [
      "the last valid day, in the spa's zone",
      visit(true),
      "2029-09-04",
      6,
      { state: "current", submittedOn: "2029-09-04", expiresOn: "2030-03-04" },
    ],
    // …and on Monday 4 March in Auckland, a day too late.
    [
      "the same instant a day later in another zone",
      visit(true, "Pacific/Auckland"),
      "2029-09-04",
      6,
      { state: "expired", submittedOn: "2029-09-04", expiresOn: "2030-03-04" },
    ],
  ] as const)("%s", (_, subject, submittedOn, validMonths, expected) => {
    expect(intakeStatusOf(subject, submittedOn, validMonths)).toEqual(expected);
  });
});
