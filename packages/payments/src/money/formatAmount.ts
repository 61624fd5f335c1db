import type { Currency } from './currency';

/**
 * Formats integer minor units as a fixed-decimal string with exactly the currency's decimals
 * (`14550` → `"145.50"`, `-450` → `"-4.50"`). Exact: no floating point is involved.
 *
 * @example formatAmount(450, USD) // "4.50"
 */
export function formatAmount(minor: number | bigint, currency: Currency): string {
  const negative = minor < 0;
  const digits =
    typeof minor === 'number' && Number.isSafeInteger(minor)
      ? String(negative ? -minor : minor)
      : (negative ? -BigInt(minor) : BigInt(minor)).toString();
  const unit = currency.minorUnit;
  if (unit === 0) return (negative ? '-' : '') + digits;
  const padded = digits.padStart(unit + 1, '0');
  return `${negative ? '-' : ''}${padded.slice(0, -unit)}.${padded.slice(-unit)}`;
}
