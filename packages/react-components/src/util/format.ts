// Display formatting only: these turn numbers computed by @hotleads/core / payments into text.
// Nothing here adds, averages or compares business values.

/** How a number is shown. */
export type NumberFormat = 'currency' | 'percent' | 'number' | 'integer';

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(key: string, make: () => Intl.NumberFormat): Intl.NumberFormat {
  let f = formatters.get(key);
  if (!f) {
    f = make();
    formatters.set(key, f);
  }
  return f;
}

/**
 * Formats a value for display. `percent` takes a ratio, as core's metrics return rates
 * (0.425 → "42.5%"). Money arrives as a number or as a decimal string ("145.50").
 */
export function formatValue(
  value: number | string,
  format: NumberFormat = 'number',
  options: { currency?: string; locale?: string; compact?: boolean } = {},
): string {
  const locale = options.locale ?? 'en-US';
  const n = typeof value === 'string' ? Number(value) : value;
  if (!Number.isFinite(n)) return String(value);
  if (options.compact && format !== 'percent' && Math.abs(n) >= 1000) {
    const currency = format === 'currency' ? (options.currency ?? 'USD') : undefined;
    return formatter(
      `k:${locale}:${currency}`,
      () =>
        new Intl.NumberFormat(locale, {
          notation: 'compact',
          minimumFractionDigits: 0,
          maximumFractionDigits: 1,
          ...(currency ? { style: 'currency', currency } : {}),
        }),
    ).format(n);
  }
  switch (format) {
    case 'currency': {
      const currency = options.currency ?? 'USD';
      return formatter(
        `c:${locale}:${currency}`,
        () => new Intl.NumberFormat(locale, { style: 'currency', currency }),
      ).format(n);
    }
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
export function formatCell(value: unknown, column: { format?: NumberFormat; currency?: string }): string {
  if (typeof value === 'number') return formatValue(value, column.format ?? 'number', { currency: column.currency });
  if (typeof value === 'string' && column.format && value.trim() !== '' && Number.isFinite(Number(value))) {
    return formatValue(value, column.format, { currency: column.currency });
  }
  return value == null ? '' : String(value);
}
