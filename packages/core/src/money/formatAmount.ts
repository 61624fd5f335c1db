import { unreadable } from '../errors/unreadable';
import { HotleadsError } from '../errors/HotleadsError';
import { assertCurrency } from './assertCurrency';
import { MAX_MINOR_UNIT, type Currency } from './currency';
import { fixedPoint } from './fixedPoint';

/**
 * Formats integer minor units as a fixed-decimal string with exactly the currency's decimals
 * (`14550` → `"145.50"`, `-450` → `"-4.50"`, `1234` KWD → `"1.234"`). Exact: no floating point
 * is involved, and a `bigint` past `Number.MAX_SAFE_INTEGER` is written digit for digit.
 *
 * @throws HotleadsError `INVALID_AMOUNT` for anything but a safe integer or a bigint;
 *   `INVALID_ARGUMENT` for a bad currency.
 * @example formatAmount(450, USD) // "4.50"
 */
export function formatAmount(minor: number | bigint, currency: Currency): string {
  try {
    return formatAmountChecked(minor, currency);
  } catch (error) {
    throw unreadable(error);
  }
}

function formatAmountChecked(minor: number | bigint, currency: Currency): string {
  if (typeof minor === 'number' ? !Number.isSafeInteger(minor) : typeof minor !== 'bigint')
    throw new HotleadsError('INVALID_AMOUNT', 'Expected an integer amount of minor units');
  // The one field read here, checked cheaply; anything odd gets the full check and its error.
  const unit = typeof currency === 'object' && currency !== null ? currency.minorUnit : undefined;
  if (!Number.isInteger(unit) || unit! < 0 || unit! > MAX_MINOR_UNIT) assertCurrency(currency, ['currency']);
  return fixedPoint(minor, unit!);
}
