import { barFraction, type ChartScale } from "@/lib/reports/chart-scale";

export type Bar = { label: string; value: number; display: string };

const percent = (fraction: number) => `${Number((fraction * 100).toFixed(3))}%`;
const ROW = "grid grid-cols-[minmax(0,7rem)_minmax(0,1fr)_4.5rem] items-center gap-x-2 sm:grid-cols-[minmax(0,10rem)_minmax(0,1fr)_5.5rem]";

/**
 * A horizontal bar chart with every bar on one fixed axis (`scale`), drawn with its ticks, so a
 * bar's length reads as an amount and not as a share of the largest bar. Plain HTML boxes, so the
 * text keeps its size on a phone. The figures table on the same page is the source of truth; the
 * chart is one picture of it, described for screen readers by `summary` and the scale.
 */
export function BarChart({
  title,
  summary,
  bars,
  scale,
  tickLabel,
}: {
  title: string;
  summary: string;
  bars: Bar[];
  scale: ChartScale;
  tickLabel: (value: number) => string;
}) {
  const id = `chart-${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
  const gridLines = scale.ticks.map((tick) => (
    <span key={tick} aria-hidden className="absolute inset-y-0 w-px bg-stone-200" style={{ left: percent(barFraction(tick, scale)) }} />
  ));
  return (
    <figure className="rounded-xl border border-stone-200 bg-white p-4">
      <figcaption id={id} className="mb-3 font-medium">
        {title}
      </figcaption>
      <div role="img" aria-labelledby={id} aria-describedby={`${id}-summary`} data-scale-max={scale.max} className="space-y-1 text-sm">
        {bars.map((bar) => (
          <div key={bar.label} className={ROW}>
            <span className="truncate text-right text-stone-800">{bar.label}</span>
            <span className="relative block h-6">
              {gridLines}
              <span
                className="absolute inset-y-1 left-0 rounded-sm bg-brand-700"
                data-bar={bar.label}
                style={{ width: bar.value > 0 ? `max(2px, ${percent(barFraction(bar.value, scale))})` : "0" }}
              />
            </span>
            <span className="tabular-nums text-stone-700">{bar.display}</span>
          </div>
        ))}
        <div className={ROW}>
          <span />
          <span className="relative block h-5 border-t border-stone-400 text-xs text-stone-700">
            {scale.ticks.map((tick, index) => (
              <span
                key={tick}
                data-tick={tick}
                // A phone has room for the axis' two ends; wider screens label every tick.
                className={`absolute top-1 whitespace-nowrap tabular-nums ${index === 0 ? "" : index === scale.ticks.length - 1 ? "-translate-x-full" : "hidden -translate-x-1/2 sm:inline"}`}
                style={{ left: percent(barFraction(tick, scale)) }}
              >
                {tickLabel(tick)}
              </span>
            ))}
          </span>
          <span />
        </div>
      </div>
      <p id={`${id}-summary`} className="sr-only">
        {summary}. Scale: {tickLabel(0)} to {tickLabel(scale.max)}.
      </p>
    </figure>
  );
}
