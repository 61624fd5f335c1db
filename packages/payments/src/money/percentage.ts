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
export function percentage(
  part: number | bigint | string,
  whole: number | bigint | string,
  options: PercentageOptions = {},
): string | null {
  const decimals = options.decimals ?? 1;
  if (typeof part === 'number' && typeof whole === 'number' && whole !== 0 && decimals === 1) {
    if (part === 0) return '0.0';
    if (part === whole) return '100.0';
  }
  const w = new Dec(whole.toString());
  if (w.isZero()) return null;
  return new Dec(part.toString()).div(w).times(100).toFixed(decimals, Dec.ROUND_HALF_UP);
}
