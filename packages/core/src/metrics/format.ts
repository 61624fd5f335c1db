import { HotleadsError, type IssuePath } from '../errors/HotleadsError';
import { toEpochMs } from '../time/toEpochMs';
import type { MoneyFormat, Period } from './types';

const moneyFormats = new Map<string, Intl.NumberFormat>();

/** Formats `cents` as money ("$1,234.50") in a locale and currency. */
export function formatCents(cents: number, format: MoneyFormat = {}): string {
  const key = `${format.locale ?? 'en-US'}|${format.currency ?? 'USD'}`;
  let f = moneyFormats.get(key);
  if (f === undefined) {
    f = new Intl.NumberFormat(format.locale ?? 'en-US', { style: 'currency', currency: format.currency ?? 'USD' });
    moneyFormats.set(key, f);
  }
  return f.format(cents / 100);
}

/** A ratio as a percent string with one decimal: 0.1254 → "12.5%"; no ratio → "—". */
export function formatPercent(ratio: number | null): string {
  return ratio === null ? '—' : `${(Math.round(ratio * 1000) / 10).toFixed(1)}%`;
}

/** A signed change in percent: +12.5% / −3.0% / 0.0%; "—" when there is no base to compare. */
export function formatChange(ratio: number | null): string {
  if (ratio === null) return '—';
  const rounded = Math.round(ratio * 1000) / 10;
  if (rounded > 0) return `+${rounded.toFixed(1)}%`;
  if (rounded < 0) return `−${Math.abs(rounded).toFixed(1)}%`;
  return '0.0%';
}

/** @internal An amount in currency units as integer cents; throws on a non-finite value. */
export function toCents(amount: unknown, path: IssuePath): number {
  if (typeof amount !== 'number' || !Number.isFinite(amount))
    throw new HotleadsError('INVALID_AMOUNT', 'Expected a finite amount', { path });
  return Math.round(amount * 100);
}

/** @internal Parses a period; `to` must not be before `from`. */
export function parsePeriod(period: Period, path: IssuePath = []): { from: number; to: number } {
  const from = toEpochMs(period.from, [...path, 'from']);
  const to = toEpochMs(period.to, [...path, 'to']);
  if (to < from)
    throw new HotleadsError('INVALID_ARGUMENT', 'The period ends before it starts', { path: [...path, 'to'] });
  return { from, to };
}

/** @internal `numerator / denominator`, or null when the denominator is 0. */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}
