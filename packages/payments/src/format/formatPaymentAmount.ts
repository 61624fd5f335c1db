import { formatMoney, type Currency } from '@hotleads/core';
import { parseAmount, type Amount } from '../money/parseAmount';
import { readOptions } from '../input/readInput';
import { HotleadsError } from '@hotleads/core';

/** Options of {@link formatPaymentAmount}. */
export type FormatPaymentAmountOptions = {
  /** The ledger's currency (`ledger.settings.currency`): its symbol and its `minorUnit` decimals. */
  currency: Currency;
  /** BCP 47 locale of the digits and symbol (default `en-US`). */
  locale?: string;
  /**
   * The sign of a negative amount: `minus` (default), the typographic minus U+2212 that
   * @hotleads/core's percent changes use (`−$4.50`), or `hyphen`, what Intl writes (`-$4.50`).
   */
  minusSign?: 'minus' | 'hyphen';
};

/**
 * Formats an amount the ledger returned (`"145.50"`, `"-4.50"`) as money in a locale, through
 * core's `formatMoney` (Intl.NumberFormat with exactly the currency's `minorUnit` decimals):
 * `"$145.50"`, `"−$4.50"`, `"¥1,235"`. Exact: the string is read as integer minor units, never as
 * a binary float. A screen shows amounts only through it (or {@link createPaymentFormatter}).
 *
 * @throws HotleadsError `INVALID_AMOUNT` for an amount that is not a decimal with at most the
 *   currency's decimals; `INVALID_ARGUMENT` for a bad currency, locale or option.
 * @example formatPaymentAmount('-4.50', { currency: USD }) // '−$4.50'
 */
export function formatPaymentAmount(amount: Amount, options: FormatPaymentAmountOptions): string {
  const o = readOptions(options, ['currency', 'locale', 'minusSign']);
  if (o.minusSign !== undefined && o.minusSign !== 'minus' && o.minusSign !== 'hyphen')
    throw new HotleadsError('INVALID_ARGUMENT', 'minusSign must be minus or hyphen', { path: ['minusSign'] });
  const minor = parseAmount(amount, o.currency as Currency, { allowZero: true, allowNegative: true });
  const text = formatMoney(minor, o.currency as Currency, { locale: o.locale as string | undefined });
  // A currency amount holds a hyphen-minus only as its sign.
  return o.minusSign === 'hyphen' ? text : text.replace('-', '\u2212');
}
