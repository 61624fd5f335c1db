import { unreadable } from '../errors/unreadable';
import { HotleadsError, type IssuePath } from '../errors/HotleadsError';
import { assertCurrency } from './assertCurrency';
import type { Currency } from './currency';
import { scaleDecimal } from './scaleDecimal';

/** Options for {@link toMinorUnits}. */
export type ToMinorUnitsOptions = {
  /** Where the amount sits in the input, for the error's path. */
  path?: IssuePath;
};

/**
 * Converts an amount in currency units — a number (`145.5`) or a decimal string (`"145.50"`) —
 * into an integer of the currency's minor units (`14550` for USD, `146` for JPY). It reads the
 * amount's decimal digits, not its binary value, and rounds half away from zero past the minor
 * unit, so `1.005` USD is `101` and `-2.5` JPY is `-3`. For a host's own figures (a lead's
 * balance) on their way into hotleads' money vocabulary; the payments ledger, which must refuse
 * such amounts instead of rounding them, has `parseAmount`.
 *
 * @throws HotleadsError `INVALID_AMOUNT` for a non-finite number, a string that is not a plain
 *   decimal, or a result past `Number.MAX_SAFE_INTEGER`; `INVALID_ARGUMENT` for a bad currency.
 * @example toMinorUnits('145.50', USD) // 14550
 */
export function toMinorUnits(amount: number | string, currency: Currency, options: ToMinorUnitsOptions = {}): number {
  try {
    return toMinorUnitsChecked(amount, currency, options);
  } catch (error) {
    throw unreadable(error);
  }
}

function toMinorUnitsChecked(amount: number | string, currency: Currency, options: ToMinorUnitsOptions = {}): number {
  assertCurrency(currency, ['currency']);
  const path = options?.path ?? [];
  const scaled =
    typeof amount === 'number' || typeof amount === 'string' ? scaleDecimal(amount, currency.minorUnit) : null;
  if (scaled === null)
    throw new HotleadsError('INVALID_AMOUNT', 'Expected a finite amount such as 145.5 or "145.50"', { path });
  const minor = Number(scaled);
  if (!Number.isSafeInteger(minor)) throw new HotleadsError('INVALID_AMOUNT', 'Amount is too large', { path });
  return minor === 0 ? 0 : minor;
}
