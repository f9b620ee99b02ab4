import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { summarise, type StaffFigures } from "@/lib/reports/summarise";
import { ReportCharts } from "./ReportCharts";
import { ReportTable } from "./ReportTable";

const figures = (name: string, bookedMinutes: number, revenueCents: number): StaffFigures => ({
  staffId: name,
  name,
  bookings: 1,
  cancellations: 0,
  lateCancellations: 0,
  noShows: 0,
  completed: 1,
  rebooked: 0,
  bookedMinutes,
  workingMinutes: 600,
  revenueCents,
});

const report = summarise({
  period: { from: "2030-03-04", to: "2030-03-10" },
  timeZone: "America/New_York",
  currency: "USD",
  // 20 % and 40 % utilisation; $90 and $30 revenue.
  figures: [figures("Ava", 120, 9_000), figures("Noah", 240, 3_000)],
});

const barWidths = (html: string) =>
  Object.fromEntries(
    [...html.matchAll(/data-bar="([^"]+)" style="width:max\(2px, ([\d.]+)%\)"/g)].map((match) => [match[1], Number(match[2])]),
  );

describe("ReportTable", () => {
  test("its scroll box is a named, keyboard-focusable region (axe scrollable-region-focusable)", () => {
    const html = renderToStaticMarkup(<ReportTable report={report} />);
    expect(html).toMatch(/<div role="region" aria-label="Figures table \(scrolls sideways\)" tabindex="0" class="[^"]*overflow-x-auto/);
  });
});

describe("ReportCharts", () => {
  const html = renderToStaticMarkup(<ReportCharts report={report} />);
  const [utilisationChart, revenueChart] = html.split("</figure>");

  test("utilisation bars sit on a fixed 0–100 % axis, not relative to the largest bar", () => {
    expect(utilisationChart).toContain('data-scale-max="1"');
    const widths = barWidths(utilisationChart!);
    // Relative scaling would make Noah's bar fill the chart (100 %) and Ava's half of it.
    expect(widths).toEqual({ Ava: 20, Noah: 40 });
    for (const tick of ["0%", "25%", "50%", "75%", "100%"])
      expect(utilisationChart).toMatch(new RegExp(`data-tick="[\\d.]+"[^>]*>${tick}<`));
  });

  test("revenue bars share one money axis from zero, with the scale shown", () => {
    expect(revenueChart).toContain('data-scale-max="10000"');
    expect(barWidths(revenueChart!)).toEqual({ Ava: 90, Noah: 30 });
    for (const tick of ["$0", "$25", "$50", "$75", "$100"]) expect(revenueChart).toMatch(new RegExp(`data-tick="\\d+"[^>]*>\\${tick}<`));
    expect(revenueChart).toContain("Scale: $0 to $100.");
  });
});
