import { unreadable } from '../errors/unreadable';
import { HotleadsError } from '../errors/HotleadsError';
import { assertCurrency } from './assertCurrency';
import type { Currency } from './currency';
import { fixedPoint } from './fixedPoint';
import { scaleDecimal } from './scaleDecimal';

/** Options for {@link formatMoney}. */
export type FormatMoneyOptions = {
  /** BCP 47 locale of the digits and symbol (default `en-US`). */
  locale?: string;
  /** The short form for chart axes and tight spaces: `"$12.3K"`, at most one decimal. Default false. */
  compact?: boolean;
};

const formats = /* @__PURE__ */ (() => new Map<string, Intl.NumberFormat>())();
// A metric formats many amounts of one currency in a row: the last formatter is kept at hand.
let last: { code: string; minorUnit: number; locale: string; compact: boolean; f: Intl.NumberFormat } | undefined;
// Below this many minor units, `minor / 10 ** minorUnit` is the double nearest the exact decimal,
// and Intl rounds it back to exactly `minorUnit` decimals; above it the digits go in as a string.
const EXACT_AS_NUMBER = 1e15;

/**
 * @internal The Intl.NumberFormat that {@link formatMoney} writes `currency` with in `locale`
 * (cached per locale, currency and form).
 *
 * @throws HotleadsError `INVALID_ARGUMENT` for a bad currency or locale.
 */
export function moneyFormatter(currency: Currency, locale: string, compact: boolean): Intl.NumberFormat {
  if (
    last !== undefined &&
    last.code === currency.code &&
    last.minorUnit === currency.minorUnit &&
    last.locale === locale &&
    last.compact === compact
  )
    return last.f;
  // The key is built from the fields, so they must be what they claim before it is.
  if (typeof currency.code !== 'string' || typeof currency.minorUnit !== 'number')
    assertCurrency(currency, ['currency']);
  const key = `${locale}|${currency.code}|${currency.minorUnit}|${compact ? 'c' : 's'}`;
  let f = formats.get(key);
  if (f === undefined) {
    // Checked once per cached formatter: the key holds every field the check reads.
    assertCurrency(currency, ['currency']);
    const digits = compact
      ? {
          notation: 'compact' as const,
          minimumFractionDigits: 0,
          maximumFractionDigits: Math.min(1, currency.minorUnit),
        }
      : { minimumFractionDigits: currency.minorUnit, maximumFractionDigits: currency.minorUnit };
    try {
      f = new Intl.NumberFormat(locale, { style: 'currency', currency: currency.code, ...digits });
    } catch (cause) {
      throw new HotleadsError('INVALID_ARGUMENT', 'Expected a BCP 47 locale such as en-US', {
        path: ['locale'],
        cause,
      });
    }
    formats.set(key, f);
  }
  last = { code: currency.code, minorUnit: currency.minorUnit, locale, compact, f };
  return f;
}

/**
 * Formats an amount of minor units as money in a locale: `formatMoney(123450, USD)` is
 * `"$1,234.50"`, `formatMoney(1235, JPY)` is `"¥1,235"`, `formatMoney(1234, KWD)` is
 * `"KWD 1.234"`. Intl.NumberFormat writes it with exactly the currency's `minorUnit` decimals
 * (not the locale's idea of the currency), so what is shown is what was summed. A fractional
 * amount (a per-hour rate) is rounded half away from zero to a whole minor unit first. A `bigint`
 * past `Number.MAX_SAFE_INTEGER` is written digit for digit.
 *
 * @throws HotleadsError `INVALID_AMOUNT` for a non-finite amount; `INVALID_ARGUMENT` for a bad
 *   currency or locale.
 * @example formatMoney(14550, USD) // "$145.50"
 */
export function formatMoney(amount: number | bigint, currency: Currency, options: FormatMoneyOptions = {}): string {
  try {
    return formatMoneyChecked(amount, currency, options);
  } catch (error) {
    throw unreadable(error);
  }
}

function formatMoneyChecked(amount: number | bigint, currency: Currency, options: FormatMoneyOptions = {}): string {
  if (typeof currency !== 'object' || currency === null) assertCurrency(currency, ['currency']);
  let minor: number | bigint = amount;
  if (typeof amount === 'number' && !Number.isInteger(amount)) {
    const rounded = scaleDecimal(amount, 0);
    if (rounded === null) throw new HotleadsError('INVALID_AMOUNT', 'Expected a finite amount of minor units');
    minor = rounded;
  } else if (typeof amount !== 'number' && typeof amount !== 'bigint') {
    throw new HotleadsError('INVALID_AMOUNT', 'Expected a finite amount of minor units');
  }
  const locale = options?.locale ?? 'en-US';
  if (typeof locale !== 'string')
    throw new HotleadsError('INVALID_ARGUMENT', 'Expected a BCP 47 locale such as en-US', { path: ['locale'] });
  const f = moneyFormatter(currency, locale, options?.compact === true);
  const n = Number(minor);
  if (Math.abs(n) < EXACT_AS_NUMBER) return f.format(n === 0 ? 0 : n / 10 ** currency.minorUnit);
  // Intl.NumberFormat reads a decimal string exactly (ES2023); the lib typings here stop at ES2022.
  return f.format(fixedPoint(minor, currency.minorUnit) as unknown as number);
}
