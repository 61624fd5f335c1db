// Display formatting only: these turn numbers computed by @hotleads/core / payments into text.
// Nothing here adds, averages or compares business values. Money goes through core's formatMoney.
import { formatMoney, toMinorUnits, USD, type Currency } from '@hotleads/core';

/**
 * How a number is shown:
 * - `money`: integer minor units of `currency` — what core's metrics return (`14550` → "$145.50");
 * - `currency`: an amount in currency units — a payments decimal string (`"145.50"`) or a host's
 *   own figure such as a lead's balance (`145.5`);
 * - `percent`: a ratio (0.425 → "42.5%"); `number`, `integer`: plain numbers.
 */
export type NumberFormat = 'money' | 'currency' | 'percent' | 'number' | 'integer';

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(key: string, make: () => Intl.NumberFormat): Intl.NumberFormat {
  let f = formatters.get(key);
  if (!f) {
    f = make();
    formatters.set(key, f);
  }
  return f;
}

/** Options of {@link formatValue}. */
export type FormatValueOptions = {
  /** The currency of `money` and `currency` values (default USD), core's `{ code, minorUnit }`. */
  currency?: Currency;
  /** BCP 47 locale (default `en-US`). */
  locale?: string;
  /** The short form for axes: "$48K", "$250", "$0" (money never with a row of zero decimals). */
  compact?: boolean;
};

/**
 * Formats a value for display; see {@link NumberFormat} for what each format expects. Money is
 * written by core's `formatMoney`, with exactly the currency's `minorUnit` decimals. A value that
 * is not a number (core's display text) is shown as it is.
 */
export function formatValue(
  value: number | string,
  format: NumberFormat = 'number',
  options: FormatValueOptions = {},
): string {
  const locale = options.locale ?? 'en-US';
  const n = typeof value === 'string' ? Number(value) : value;
  if (typeof value === 'string' ? value.trim() === '' || !Number.isFinite(n) : !Number.isFinite(n))
    return String(value);
  if (format === 'money' || format === 'currency') {
    const currency = options.currency ?? USD;
    const minor = format === 'money' ? n : toMinorUnits(value, currency);
    return formatMoney(minor, currency, { locale, compact: options.compact === true });
  }
  if (options.compact && format !== 'percent' && Math.abs(n) >= 1000) {
    return formatter(
      `k:${locale}`,
      () => new Intl.NumberFormat(locale, { notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 }),
    ).format(n);
  }
  switch (format) {
    case 'percent':
      return formatter(
        `p:${locale}`,
        () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }),
      ).format(n);
    case 'integer':
      return formatter(`i:${locale}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })).format(n);
    default:
      return formatter(`n:${locale}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 })).format(n);
  }
}

/** Formats an instant (epoch ms, ISO string or Date) as a short date-time in a given IANA zone. */
export function formatInstant(
  at: string | number | Date,
  options: { timeZone?: string; locale?: string } = {},
): string {
  const d = at instanceof Date ? at : new Date(at);
  if (Number.isNaN(d.getTime())) return String(at);
  return new Intl.DateTimeFormat(options.locale ?? 'en-US', {
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone: options.timeZone ?? 'UTC',
    timeZoneName: 'short',
  }).format(d);
}

/** One table cell: numbers through a format, text (core's display strings) as it is. */
export function formatCell(value: unknown, column: { format?: NumberFormat; currency?: Currency }): string {
  if (typeof value === 'number') return formatValue(value, column.format ?? 'number', { currency: column.currency });
  if (typeof value === 'string' && column.format && value.trim() !== '' && Number.isFinite(Number(value))) {
    return formatValue(value, column.format, { currency: column.currency });
  }
  return value == null ? '' : String(value);
}
