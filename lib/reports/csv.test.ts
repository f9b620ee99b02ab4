import { expect, test } from "vitest";
import { csvField, formatPercent, toReportCsv } from "./csv";
import { summarise } from "./summarise";

test.each([
  { value: "Ana", expected: "Ana" },
  { value: 42, expected: "42" },
  { value: -5, expected: "-5" },
  { value: 'Ana "Glow" Li', expected: '"Ana ""Glow"" Li"' },
  { value: "Li, Ana", expected: '"Li, Ana"' },
  { value: "line\nbreak", expected: '"line\nbreak"' },
  { value: "=HYPERLINK(1)", expected: "'=HYPERLINK(1)" },
  { value: "+1", expected: "'+1" },
  { value: "@cmd", expected: "'@cmd" },
])("csvField($value) → $expected", ({ value, expected }) => {
  expect(csvField(value)).toBe(expected);
});

test.each([
  { rate: null, expected: "" },
  { rate: 0, expected: "0.0" },
  { rate: 1 / 3, expected: "33.3" },
  { rate: 0.125, expected: "12.5" },
  { rate: 1, expected: "100.0" },
])("formatPercent($rate) → $expected", ({ rate, expected }) => {
  expect(formatPercent(rate)).toBe(expected);
});

test("a row per esthetician and a total line, CRLF-terminated", () => {
  const figures = [
    {
      staffId: "a",
      name: "Li, Ana",
      bookings: 2,
      cancellations: 1,
      lateCancellations: 0,
      noShows: 0,
      completed: 1,
      rebooked: 1,
      bookedMinutes: 60,
      workingMinutes: 480,
      revenueCents: 9050,
    },
  ];
  const csv = toReportCsv(summarise({ period: { from: "2030-03-04", to: "2030-03-04" }, timeZone: "UTC", currency: "USD", figures }));
  expect(csv.split("\r\n")).toEqual([
    "Esthetician,Working minutes,Booked minutes,Utilisation %,Bookings,Cancellations,Late cancellations,No-shows,Completed,No-show rate %,Rebooked within 6 weeks,Rebooking rate %,Revenue (USD)",
    '"Li, Ana",480,60,12.5,2,1,0,0,1,0.0,1,100.0,90.50',
    "All estheticians,480,60,12.5,2,1,0,0,1,0.0,1,100.0,90.50",
    "",
  ]);
});
