import type { Currency } from './currency';
import { fixedPoint } from './fixedPoint';

/**
 * Formats integer minor units as a fixed-decimal string with exactly the currency's decimals
 * (`14550` → `"145.50"`, `-450` → `"-4.50"`, `1234` KWD → `"1.234"`). Exact: no floating point
 * is involved, and a `bigint` past `Number.MAX_SAFE_INTEGER` is written digit for digit.
 *
 * @example formatAmount(450, USD) // "4.50"
 */
export function formatAmount(minor: number | bigint, currency: Currency): string {
  return fixedPoint(minor, currency.minorUnit);
}
