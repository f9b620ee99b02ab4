import { formatPrice } from "@/lib/format/money";
import { fractionScale, niceScale } from "@/lib/reports/chart-scale";
import type { Report } from "@/lib/reports/summarise";
import { BarChart } from "./BarChart";
import { formatRate } from "./ReportTable";

/**
 * Utilisation (on a fixed 0–100 % axis) and revenue (on one money axis from zero) per
 * esthetician, drawn from the same report as the table.
 */
export function ReportCharts({ report }: { report: Report }) {
  const utilisation = report.rows.map((row) => ({ label: row.name, value: row.utilisation ?? 0, display: formatRate(row.utilisation) }));
  const revenue = report.rows.map((row) => ({
    label: row.name,
    value: row.revenueCents,
    display: formatPrice(row.revenueCents, report.currency),
  }));
  const describe = (bars: { label: string; display: string }[]) => bars.map((b) => `${b.label}: ${b.display}`).join("; ");
  return (
    <div className="grid gap-4">
      <BarChart
        title="Utilisation per esthetician"
        summary={describe(utilisation)}
        bars={utilisation}
        scale={fractionScale(utilisation.map((bar) => bar.value))}
        tickLabel={(value) => `${Math.round(value * 100)}%`}
      />
      <BarChart
        title="Revenue from completed visits"
        summary={describe(revenue)}
        bars={revenue}
        scale={niceScale(
          revenue.map((bar) => bar.value),
          { minStep: 100 },
        )}
        tickLabel={(value) => formatPrice(value, report.currency)}
      />
    </div>
  );
}
