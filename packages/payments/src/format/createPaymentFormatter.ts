import type { Time } from '@hotleads/core';
import type { Amount } from '../money/parseAmount';
import type { DateString } from '../calendar/dateString';
import type { PaymentSettings } from '../settings/settings';
import { readOptions } from '../input/readInput';
import { formatPaymentAmount } from './formatPaymentAmount';
import { formatPaymentDate } from './formatPaymentDate';

/** Options of {@link createPaymentFormatter}: one locale and one date format for a screen. */
export type PaymentFormatterOptions = {
  /** BCP 47 locale (default `en-US`). */
  locale?: string;
  /** Date style of `date` and `dateTime` (default `medium`). */
  dateStyle?: 'full' | 'long' | 'medium' | 'short';
  /** Time style of `dateTime` (default `short`). */
  timeStyle?: 'full' | 'long' | 'medium' | 'short';
  /** A date-fns pattern for `date` instead of the styles. */
  datePattern?: string;
  /** A date-fns pattern for `dateTime` instead of the styles. */
  dateTimePattern?: string;
  /** The sign of a negative amount (default `minus`, U+2212). */
  minusSign?: 'minus' | 'hyphen';
};

/** What a screen formats with: money in the ledger's currency, dates in the ledger's zone. */
export type PaymentFormatter = {
  /** An amount as money: `"$145.50"`, `"−$4.50"`. */
  money(amount: Amount): string;
  /** A time's date in the ledger's zone, or a calendar date as written: `"Apr 20, 2025"`. */
  date(value: Time | DateString): string;
  /** A time's date and time in the ledger's zone: `"Apr 20, 2025, 10:30 AM"`. */
  dateTime(value: Time): string;
};

/**
 * The formatter of a ledger's screens, bound to its settings (currency and `timeZone`) and to a
 * locale and date format: {@link formatPaymentAmount} and {@link formatPaymentDate} with the
 * options given once. Options are checked when a value is formatted.
 *
 * @throws HotleadsError what the two functions throw, when `money`, `date` or `dateTime` is called;
 *   `INVALID_ARGUMENT` at once for options that are not an object.
 * @example createPaymentFormatter(ledger.settings, { locale: 'en-GB' }).date('2026-04-20') // '20 Apr 2026'
 */
export function createPaymentFormatter(
  settings: Pick<PaymentSettings, 'currency' | 'timeZone'>,
  options: PaymentFormatterOptions = {},
): PaymentFormatter {
  const s = readOptions(settings, ['currency', 'timeZone'], ['settings']);
  const o = readOptions(options, [
    'locale',
    'dateStyle',
    'timeStyle',
    'datePattern',
    'dateTimePattern',
    'minusSign',
  ]) as PaymentFormatterOptions;
  const money = { currency: s.currency, locale: o.locale, minusSign: o.minusSign } as Parameters<
    typeof formatPaymentAmount
  >[1];
  const base = { timeZone: s.timeZone as string, locale: o.locale, dateStyle: o.dateStyle };
  return {
    money: (amount) => formatPaymentAmount(amount, money),
    date: (value) => formatPaymentDate(value, { ...base, pattern: o.datePattern }),
    dateTime: (value) =>
      formatPaymentDate(value, { ...base, timeStyle: o.timeStyle ?? 'short', pattern: o.dateTimePattern }),
  };
}
