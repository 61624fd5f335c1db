import type { Estimate } from './types';

/**
 * @internal Mean and 95 % interval of per-seed values: mean ± 1.96 × s / √n, with s the sample
 * standard deviation (docs/backtest.md, "Intervals"). One value gives a zero-width interval.
 */
export function estimate(values: readonly number[], show: (x: number) => string): Estimate {
  const n = values.length;
  const mean = n === 0 ? 0 : values.reduce((s, v) => s + v, 0) / n;
  const variance = n < 2 ? 0 : values.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1);
  const half = 1.96 * Math.sqrt(variance / Math.max(n, 1));
  const low = mean - half;
  const high = mean + half;
  return { mean, low, high, display: `${show(mean)} (95% CI ${show(low)} to ${show(high)})` };
}
