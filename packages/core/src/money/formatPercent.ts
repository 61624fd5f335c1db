import { fixedPoint } from './fixedPoint';
import { scaleDecimal } from './scaleDecimal';

/**
 * A ratio as a percent with one decimal, rounded half away from zero on the ratio's decimal
 * digits (as decimal.js would): 0.1254 → "12.5%", 0.3525 → "35.3%"; no ratio → "—".
 *
 * @example formatPercent(0.425) // "42.5%"
 */
export function formatPercent(ratio: number | null): string {
  const tenths = ratio === null ? null : scaleDecimal(ratio, 3);
  return tenths === null ? '—' : `${fixedPoint(tenths, 1)}%`;
}
