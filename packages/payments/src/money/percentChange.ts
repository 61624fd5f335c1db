import { Dec } from './decimal';

/**
 * The change from `previous` to `current` in percent, `(current − previous) / previous × 100`,
 * rounded half-up to one decimal (`"12.5"`, `"-3.0"`); `null` when `previous` is zero, since
 * no percentage describes growth from nothing.
 *
 * @example percentChange(15000n, 12000n) // "25.0"
 */
export function percentChange(current: number | bigint | string, previous: number | bigint | string): string | null {
  const p = new Dec(previous.toString());
  if (p.isZero()) return null;
  return new Dec(current.toString()).minus(p).div(p).times(100).toFixed(1, Dec.ROUND_HALF_UP);
}
