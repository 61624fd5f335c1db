import { toEpochMs } from '../time/toEpochMs';
import { formatCents, formatPercent, parsePeriod, ratio, toCents } from './format';
import type { MoneyFormat, PaymentRecord, Period, Placement } from './types';

/** Options for {@link collectionRate}. */
export type CollectionRateOptions = Period & {
  /** Only this agency client's accounts. */
  clientId?: string;
  format?: MoneyFormat;
};

/** Collection rate, ready for a KPI card. */
export type CollectionRate = {
  collected: number;
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
  payments: readonly PaymentRecord[],
  placements: readonly Placement[],
  options: CollectionRateOptions,
): CollectionRate {
  const { from, to } = parsePeriod(options);
  const placed = new Set<string>();
  let placedCents = 0;
  placements.forEach((p, i) => {
    if (options.clientId !== undefined && p.clientId !== options.clientId) return;
    if (toEpochMs(p.at, ['placements', i, 'at']) >= to) return;
    placed.add(p.leadId);
    placedCents += toCents(p.amount, ['placements', i, 'amount']);
  });
  let collectedCents = 0;
  payments.forEach((p, i) => {
    if (!placed.has(p.leadId)) return;
    const at = toEpochMs(p.at, ['payments', i, 'at']);
    if (at >= from && at < to) collectedCents += toCents(p.amount, ['payments', i, 'amount']);
  });
  const rate = ratio(collectedCents, placedCents);
  return {
    collected: collectedCents / 100,
    placed: placedCents / 100,
    rate,
    percent: formatPercent(rate),
    label: `${formatCents(collectedCents, options.format)} of ${formatCents(placedCents, options.format)}`,
  };
}
