import { unreadable } from '../errors/unreadable';
import { requireOptions } from '../validation/requireOptions';
import { requireRecords } from '../validation/requireRecords';
import { toEpochMs } from '../time/toEpochMs';
import { formatPercent } from '../money/formatPercent';
import { moneyOf, parsePeriod, ratio, requireMinor } from './format';
import type { MoneyFormat, Period, Placement, ReceivedPayment } from './types';

/** Options for {@link collectionRate}. */
export type CollectionRateOptions = Period & {
  /** Only this agency client's accounts. */
  clientId?: string;
  format?: MoneyFormat;
};

/** Collection rate, ready for a KPI card. */
export type CollectionRate = {
  /** Integer minor units. */
  collected: number;
  /** Integer minor units. */
  placed: number;
  /** collected ÷ placed, 0..1 (can exceed 1 with fees); null when nothing was placed. */
  rate: number | null;
  /** "12.5%". */
  percent: string;
  /** "$1,250.00 of $10,000.00". */
  label: string;
};

/**
 * Collection rate: money collected in `[from, to)` on the placed accounts, divided by the
 * balance placed on them up to `to`. Payments on accounts that were never placed are left out.
 */
export function collectionRate(
  payments: readonly ReceivedPayment[],
  placements: readonly Placement[],
  options: CollectionRateOptions,
): CollectionRate {
  try {
    return collectionRateChecked(payments, placements, options);
  } catch (error) {
    throw unreadable(error);
  }
}

function collectionRateChecked(
  payments: readonly ReceivedPayment[],
  placements: readonly Placement[],
  options: CollectionRateOptions,
): CollectionRate {
  requireOptions(options);
  payments = requireRecords<ReceivedPayment>(payments, ['payments']);
  placements = requireRecords<Placement>(placements, ['placements']);
  const { from, to } = parsePeriod(options);
  const money = moneyOf(options.format);
  const placed = new Set<string>();
  let placedMinor = 0;
  placements.forEach((p, i) => {
    if (options.clientId !== undefined && p.clientId !== options.clientId) return;
    if (toEpochMs(p.at, ['placements', i, 'at']) >= to) return;
    placed.add(p.leadId);
    placedMinor += requireMinor(p.amount, ['placements', i, 'amount']);
  });
  let collectedMinor = 0;
  payments.forEach((p, i) => {
    if (!placed.has(p.leadId)) return;
    const at = toEpochMs(p.at, ['payments', i, 'at']);
    if (at >= from && at < to) collectedMinor += requireMinor(p.amount, ['payments', i, 'amount']);
  });
  const rate = ratio(collectedMinor, placedMinor);
  return {
    collected: collectedMinor,
    placed: placedMinor,
    rate,
    percent: formatPercent(rate),
    label: `${money(collectedMinor)} of ${money(placedMinor)}`,
  };
}
