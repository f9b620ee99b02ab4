import { expect, test } from "vitest";
import { summarise, type StaffFigures } from "./summarise";

const zero: Omit<StaffFigures, "staffId" | "name"> = {
  bookings: 0,
  cancellations: 0,
  lateCancellations: 0,
  noShows: 0,
  completed: 0,
  rebooked: 0,
  bookedMinutes: 0,
  workingMinutes: 0,
  revenueCents: 0,
};
const period = { from: "2030-03-04", to: "2030-03-10" };

test("rates come from counts, and the total's rates from summed counts", () => {
  const report = summarise({
    period,
    timeZone: "America/New_York",
    currency: "USD",
    figures: [
      {
        ...zero,
        staffId: "a",
        name: "A",
        bookings: 4,
        completed: 3,
        noShows: 1,
        rebooked: 1,
        bookedMinutes: 240,
        workingMinutes: 480,
        revenueCents: 27000,
      },
      {
        ...zero,
        staffId: "b",
        name: "B",
        bookings: 2,
        cancellations: 1,
        lateCancellations: 1,
        completed: 1,
        bookedMinutes: 60,
        workingMinutes: 720,
        revenueCents: 9000,
      },
    ],
  });
  expect(report.rows.map((r) => [r.utilisation, r.noShowRate, r.rebookingRate])).toEqual([
    [0.5, 0.25, 1 / 3],
    [60 / 720, 0, 0],
  ]);
  expect(report.total).toMatchObject({
    bookings: 6,
    cancellations: 1,
    lateCancellations: 1,
    bookedMinutes: 300,
    workingMinutes: 1200,
    revenueCents: 36000,
  });
  expect(report.total.utilisation).toBe(0.25);
  expect(report.total.noShowRate).toBe(1 / 5);
  expect(report.total.rebookingRate).toBe(1 / 4);
});

test("nothing to divide by gives no rate rather than zero", () => {
  const report = summarise({ period, timeZone: "UTC", currency: "USD", figures: [{ ...zero, staffId: "a", name: "A" }] });
  expect(report.rows[0]).toMatchObject({ utilisation: null, noShowRate: null, rebookingRate: null });
  expect(report.total).toMatchObject({ utilisation: null, noShowRate: null, rebookingRate: null });
});
