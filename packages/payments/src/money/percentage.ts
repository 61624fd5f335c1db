import { Dec } from './decimal';

/** Options for {@link percentage}. */
export type PercentageOptions = {
  /** Decimals of the result (default 1). */
  decimals?: number;
};

/**
 * `part / whole × 100`, rounded half-up, as a fixed-decimal string (`"44.4"`); `null` when
 * `whole` is zero. Computed with decimal.js from exact integers or decimal strings.
 *
 * @example percentage(200, 450) // "44.4"
 */
export function percentage(part: number | bigint | string, whole: number | bigint | string, options: PercentageOptions = {}): string | null {
  const w = new Dec(whole.toString());
  if (w.isZero()) return null;
  return new Dec(part.toString()).div(w).times(100).toFixed(options.decimals ?? 1, Dec.ROUND_HALF_UP);
}
