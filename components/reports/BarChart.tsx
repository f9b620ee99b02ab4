export type Bar = { label: string; value: number; display: string };

const ROW_HEIGHT = 28;
const LABEL_WIDTH = 160;
const BAR_WIDTH = 320;
const VALUE_WIDTH = 90;

/**
 * A horizontal bar chart as inline SVG. The figures table on the same page is the source of
 * truth; the chart is one picture of it, described for screen readers by `summary`.
 */
export function BarChart({ title, summary, bars }: { title: string; summary: string; bars: Bar[] }) {
  const max = Math.max(...bars.map((b) => b.value), 0);
  const height = Math.max(bars.length, 1) * ROW_HEIGHT;
  const id = `chart-${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
  return (
    <figure className="rounded-xl border border-stone-200 bg-white p-4">
      <figcaption id={id} className="mb-2 font-medium">
        {title}
      </figcaption>
      <svg
        role="img"
        aria-labelledby={id}
        aria-describedby={`${id}-summary`}
        viewBox={`0 0 ${LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH} ${height}`}
        className="w-full max-w-2xl"
      >
        {bars.map((bar, index) => {
          const y = index * ROW_HEIGHT;
          const width = max > 0 ? Math.max((bar.value / max) * BAR_WIDTH, bar.value > 0 ? 2 : 0) : 0;
          return (
            <g key={bar.label}>
              <text
                x={LABEL_WIDTH - 8}
                y={y + ROW_HEIGHT / 2}
                textAnchor="end"
                dominantBaseline="middle"
                className="fill-stone-800 text-[12px]"
              >
                {bar.label}
              </text>
              <rect x={LABEL_WIDTH} y={y + 5} width={width} height={ROW_HEIGHT - 10} rx={3} className="fill-brand-700" />
              <text x={LABEL_WIDTH + width + 6} y={y + ROW_HEIGHT / 2} dominantBaseline="middle" className="fill-stone-700 text-[12px]">
                {bar.display}
              </text>
            </g>
          );
        })}
      </svg>
      <p id={`${id}-summary`} className="sr-only">
        {summary}
      </p>
    </figure>
  );
}
