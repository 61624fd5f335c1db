import { toEpochMs } from '../time/toEpochMs';
import { formatCents, parsePeriod, toCents } from './format';
import { sessionHours } from './sessionHours';
import type { MoneyFormat, PaymentRecord, Period, WorkSession } from './types';

/** Options for {@link revenuePerCollectorHour}. */
export type RevenuePerHourOptions = Period & {
  /** Only this collector's payments and sessions; default the whole team. */
  collectorId?: string;
  format?: MoneyFormat;
};

/** Revenue per collector hour, ready for a KPI card. */
export type RevenuePerHour = {
  revenue: number;
  hours: number;
  /** Revenue ÷ hours; null when nobody worked. */
  perHour: number | null;
  /** "$123.45/h", or "—". */
  display: string;
};

/**
 * Revenue per collector hour (the headline metric; docs/metrics.md): payments received in `[from, to)`
 * divided by the hours collectors were logged in during it (overlapping sessions of one
 * collector count once). Amounts are summed in cents.
 *
 * @example revenuePerCollectorHour(payments, sessions, { from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z' })
 * // { revenue: 18240.5, hours: 160, perHour: 114.003125, display: '$114.00/h' }
 */
export function revenuePerCollectorHour(
  payments: readonly PaymentRecord[],
  sessions: readonly WorkSession[],
  options: RevenuePerHourOptions,
): RevenuePerHour {
  const { from, to } = parsePeriod(options);
  const who = options.collectorId;
  let cents = 0;
  payments.forEach((p, i) => {
    if (who !== undefined && p.collectorId !== who) return;
    const at = toEpochMs(p.at, ['payments', i, 'at']);
    if (at >= from && at < to) cents += toCents(p.amount, ['payments', i, 'amount']);
  });
  let hours = 0;
  for (const [id, h] of sessionHours(sessions, from, to)) if (who === undefined || id === who) hours += h;
  const perHour = hours === 0 ? null : cents / 100 / hours;
  return {
    revenue: cents / 100,
    hours,
    perHour,
    display: perHour === null ? '—' : `${formatCents(Math.round(perHour * 100), options.format)}/h`,
  };
}
