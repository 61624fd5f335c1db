import { HotleadsError, type IssuePath } from '../errors/HotleadsError';
import { assertCurrency } from '../money/assertCurrency';
import { USD } from '../money/currencies';
import { formatMoney } from '../money/formatMoney';
import { toEpochMs } from '../time/toEpochMs';
import type { MoneyFormat, Period } from './types';

/** @internal An amount as integer minor units of the metric's currency; throws on anything else. */
export function requireMinor(amount: unknown, path: IssuePath): number {
  if (typeof amount !== 'number' || !Number.isSafeInteger(amount))
    throw new HotleadsError('INVALID_AMOUNT', 'Expected an integer amount of minor units', { path });
  return amount;
}

/** @internal An id field of a metric's record (a collector, lead, client, team): a string. */
export function requireId(id: unknown, path: IssuePath): string {
  if (typeof id !== 'string') throw new HotleadsError('INVALID_ARGUMENT', 'Expected an id: a string', { path });
  return id;
}

/** @internal An optional id field: undefined, or a string. */
export function optionalId(id: unknown, path: IssuePath): string | undefined {
  return id === undefined ? undefined : requireId(id, path);
}

/** @internal The display function of a metric's `format` option (default en-US, USD), checked once. */
export function moneyOf(format: MoneyFormat | undefined): (minor: number) => string {
  const currency = format?.currency ?? USD;
  assertCurrency(currency, ['format', 'currency']);
  const options = { locale: format?.locale ?? 'en-US' };
  return (minor) => formatMoney(minor, currency, options);
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
