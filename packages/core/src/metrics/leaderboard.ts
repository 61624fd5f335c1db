import { HotleadsError } from '../errors/HotleadsError';
import { unreadable } from '../errors/unreadable';
import { requireOptions } from '../validation/requireOptions';
import { formatPercent } from '../money/formatPercent';
import { checkStats, type CollectorStats } from './collectorStats';
import { moneyOf } from './format';
import type { MoneyFormat } from './types';

/** What a leaderboard ranks by. */
export type LeaderboardMetric = 'revenue' | 'revenuePerHour' | 'rpcRate' | 'rightPartyContacts' | 'accountsWorked';

/** Options for {@link leaderboard}. */
export type LeaderboardOptions = { metric?: LeaderboardMetric; limit?: number; format?: MoneyFormat };

/** One row of a leaderboard. */
export type LeaderboardRow = {
  /** Competition rank: equal values share a rank (1, 1, 3). */
  rank: number;
  collectorId: string;
  name: string;
  /** The metric's value: money in minor units (revenue) or minor units per hour, a ratio, a count. */
  value: number | null;
  display: string;
  /** value ÷ the leader's value, 0..1, for a bar; 0 when there is no value. */
  share: number;
};

function display(metric: LeaderboardMetric, value: number | null, money: (minor: number) => string): string {
  if (value === null) return '—';
  if (metric === 'revenue') return money(value);
  if (metric === 'revenuePerHour') return `${money(value)}/h`;
  if (metric === 'rpcRate') return formatPercent(value);
  return String(value);
}

/**
 * Ranks collectors by one metric (default revenue), best first; collectors without a value
 * (no hours, no attempts) come last. Ties share a rank and are listed by name.
 *
 * @example leaderboard(collectorStats({ collectors, payments, sessions, from, to }), { metric: 'revenuePerHour', limit: 10 })
 */
export function leaderboard(stats: readonly CollectorStats[], options: LeaderboardOptions = {}): LeaderboardRow[] {
  try {
    return leaderboardChecked(stats, options);
  } catch (error) {
    throw unreadable(error);
  }
}

const METRICS: readonly unknown[] = ['revenue', 'revenuePerHour', 'rpcRate', 'rightPartyContacts', 'accountsWorked'];

function leaderboardChecked(stats: readonly CollectorStats[], options: LeaderboardOptions = {}): LeaderboardRow[] {
  requireOptions(options);
  stats = checkStats(stats);
  const metric = options.metric ?? 'revenue';
  if (!METRICS.includes(metric))
    throw new HotleadsError('INVALID_ARGUMENT', `metric must be one of ${METRICS.join(', ')}`, { path: ['metric'] });
  const limit = options.limit;
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 0))
    throw new HotleadsError('INVALID_ARGUMENT', 'limit must be a whole number ≥ 0', { path: ['limit'] });
  const money = moneyOf(options.format);
  const rows = stats.map((s) => ({ s, value: s[metric] as number | null }));
  rows.sort((a, b) => {
    if (a.value !== b.value) {
      if (a.value === null) return 1;
      if (b.value === null) return -1;
      return b.value - a.value;
    }
    return a.s.name < b.s.name ? -1 : a.s.name > b.s.name ? 1 : a.s.collectorId < b.s.collectorId ? -1 : 1;
  });
  const best = rows[0]?.value ?? null;
  const out: LeaderboardRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    const { s, value } = rows[i]!;
    const rank = i > 0 && rows[i - 1]!.value === value ? out[i - 1]!.rank : i + 1;
    out.push({
      rank,
      collectorId: s.collectorId,
      name: s.name,
      value,
      display: display(metric, value, money),
      share: value === null || best === null || best <= 0 ? 0 : Math.max(0, value / best),
    });
  }
  return limit === undefined ? out : out.slice(0, limit);
}
