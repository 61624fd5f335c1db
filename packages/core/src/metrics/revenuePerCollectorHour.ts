import { unreadable } from '../errors/unreadable';
import { requireOptions } from '../validation/requireOptions';
import { requireRecords } from '../validation/requireRecords';
import { toEpochMs } from '../time/toEpochMs';
import { moneyOf, parsePeriod, requireMinor } from './format';
import { sessionHours } from './sessionHours';
import type { MoneyFormat, Period, ReceivedPayment, WorkSession } from './types';

/** Options for {@link revenuePerCollectorHour}. */
export type RevenuePerHourOptions = Period & {
  /** Only this collector's payments and sessions; default the whole team. */
  collectorId?: string;
  format?: MoneyFormat;
};

/** Revenue per collector hour, ready for a KPI card. */
export type RevenuePerHour = {
  /** Integer minor units. */
  revenue: number;
  hours: number;
  /** Revenue ÷ hours in minor units per hour (unrounded); null when nobody worked. */
  perHour: number | null;
  /** "$123.45/h", or "—". */
  display: string;
};

/**
 * Revenue per collector hour (the headline metric; docs/metrics.md): payments received in `[from, to)`
 * divided by the hours collectors were logged in during it (overlapping sessions of one
 * collector count once). Amounts are summed as integer minor units of `format.currency`.
 *
 * @example revenuePerCollectorHour(payments, sessions, { from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z' })
 * // { revenue: 1824050, hours: 160, perHour: 11400.3125, display: '$114.00/h' }
 */
export function revenuePerCollectorHour(
  payments: readonly ReceivedPayment[],
  sessions: readonly WorkSession[],
  options: RevenuePerHourOptions,
): RevenuePerHour {
  try {
    return revenuePerCollectorHourChecked(payments, sessions, options);
  } catch (error) {
    throw unreadable(error);
  }
}

function revenuePerCollectorHourChecked(
  payments: readonly ReceivedPayment[],
  sessions: readonly WorkSession[],
  options: RevenuePerHourOptions,
): RevenuePerHour {
  requireOptions(options);
  payments = requireRecords<ReceivedPayment>(payments, ['payments']);
  sessions = requireRecords<WorkSession>(sessions, ['sessions']);
  const { from, to } = parsePeriod(options);
  const who = options.collectorId;
  const money = moneyOf(options.format);
  let minor = 0;
  payments.forEach((p, i) => {
    if (who !== undefined && p.collectorId !== who) return;
    const at = toEpochMs(p.at, ['payments', i, 'at']);
    if (at >= from && at < to) minor += requireMinor(p.amount, ['payments', i, 'amount']);
  });
  let hours = 0;
  for (const [id, h] of sessionHours(sessions, from, to)) if (who === undefined || id === who) hours += h;
  const perHour = hours === 0 ? null : minor / hours;
  return {
    revenue: minor,
    hours,
    perHour,
    display: perHour === null ? '—' : `${money(perHour)}/h`,
  };
}
