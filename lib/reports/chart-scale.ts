/**
 * Fixed scales for the report's bar charts: every bar is measured against the same axis, drawn
 * with its ticks, so a bar's length reads as an amount and not as "share of the largest bar".
 */
export type ChartScale = {
  /** The axis end; a bar of this value fills the chart. */
  max: number;
  /** Tick values from 0 to max inclusive, evenly spaced. */
  ticks: number[];
};

const QUARTER = 0.25;

/**
 * Utilisation and other fractions: 0–100 %, ticks every 25 %. A value above 100 % (visits kept
 * outside hours) extends the axis in steps of 50 %, 100 %, … so no bar is clipped and the ticks
 * stay few.
 */
export function fractionScale(values: readonly number[]): ChartScale {
  const largest = Math.max(1, ...values.filter(Number.isFinite));
  const step = largest <= 1 ? QUARTER : Math.max(QUARTER, niceStep(largest / 4));
  const max = Math.ceil(largest / step - 1e-9) * step;
  return { max, ticks: ticksOf(max, step) };
}

/**
 * Counts and money: an axis from 0 with about `tickCount` steps of 1, 2, 2.5 or 5 times a power
 * of ten, never finer than `minStep` (whole units: 1 for counts, 100 cents for money). All zero
 * gives an axis of one step, so empty bars still sit on a labelled scale.
 */
export function niceScale(values: readonly number[], options: { tickCount?: number; minStep?: number } = {}): ChartScale {
  const tickCount = options.tickCount ?? 4;
  const minStep = options.minStep ?? 1;
  const largest = Math.max(0, ...values.filter(Number.isFinite));
  const step = Math.max(minStep, niceStep(largest / tickCount));
  const max = Math.max(step, Math.ceil(largest / step - 1e-9) * step);
  return { max, ticks: ticksOf(max, step) };
}

function niceStep(raw: number): number {
  if (raw <= 0) return 0;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const residual = raw / magnitude;
  const factor = residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 2.5 ? 2.5 : residual <= 5 ? 5 : 10;
  return factor * magnitude;
}

function ticksOf(max: number, step: number): number[] {
  const count = Math.round(max / step);
  return Array.from({ length: count + 1 }, (_, index) => Number((index * step).toPrecision(12)));
}

/** A bar's length as a share of the axis, in [0, 1]. */
export function barFraction(value: number, scale: ChartScale): number {
  if (!Number.isFinite(value) || value <= 0 || scale.max <= 0) return 0;
  return Math.min(value / scale.max, 1);
}
