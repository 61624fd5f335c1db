import { unreadable } from '../errors/unreadable';
import { requireOptions } from '../validation/requireOptions';
import { requireRecords } from '../validation/requireRecords';
import { formatChange } from '../money/formatChange';
import { formatPercent } from '../money/formatPercent';
import { moneyOf, ratio, requireId } from './format';
import { checkStats, type CollectorStats } from './collectorStats';
import type { MoneyFormat, Team } from './types';

/** One team's row in a comparison. Money is in integer minor units (revenue per hour: minor units per hour). */
export type TeamComparisonRow = {
  teamId: string;
  name: string;
  collectors: number;
  revenue: number;
  revenueDisplay: string;
  hours: number;
  revenuePerHour: number | null;
  revenuePerHourDisplay: string;
  rpcRate: number | null;
  rpcPercent: string;
  /** Revenue per hour ÷ the best team's, 0..1, for a bar. */
  share: number;
  /** Revenue per hour against the average over all teams' hours: "+12.5%". */
  vsAverage: string;
};

/**
 * Compares teams on revenue, hours, revenue per hour and RPC rate, from per-collector stats
 * (collectors without a team form the team `unassigned`). Rows are in the order of `teams`,
 * then any team found only in the stats.
 */
export function teamComparison(
  stats: readonly CollectorStats[],
  teams: readonly Team[],
  options: { format?: MoneyFormat } = {},
): TeamComparisonRow[] {
  try {
    return teamComparisonChecked(stats, teams, options);
  } catch (error) {
    throw unreadable(error);
  }
}

function teamComparisonChecked(
  stats: readonly CollectorStats[],
  teams: readonly Team[],
  options: { format?: MoneyFormat } = {},
): TeamComparisonRow[] {
  requireOptions(options);
  stats = checkStats(stats);
  teams = requireRecords<Team>(teams, ['teams']);
  const money = moneyOf(options.format);
  type Acc = { collectors: number; minor: number; hours: number; attempts: number; rpc: number };
  const acc = new Map<string, Acc>();
  teams.forEach((t, i) => {
    requireId(t.name, ['teams', i, 'name']);
    acc.set(requireId(t.id, ['teams', i, 'id']), { collectors: 0, minor: 0, hours: 0, attempts: 0, rpc: 0 });
  });
  for (const s of stats) {
    const id = s.teamId ?? 'unassigned';
    let a = acc.get(id);
    if (a === undefined) acc.set(id, (a = { collectors: 0, minor: 0, hours: 0, attempts: 0, rpc: 0 }));
    a.collectors++;
    a.minor += s.revenue;
    a.hours += s.hours;
    a.attempts += s.attempts;
    a.rpc += s.rightPartyContacts;
  }
  let totalMinor = 0;
  let totalHours = 0;
  for (const a of acc.values()) {
    totalMinor += a.minor;
    totalHours += a.hours;
  }
  const average = totalHours === 0 ? null : totalMinor / totalHours;
  const names = new Map(teams.map((t) => [t.id, t.name]));
  const perHour = (a: Acc) => (a.hours === 0 ? null : a.minor / a.hours);
  let best = 0;
  for (const a of acc.values()) best = Math.max(best, perHour(a) ?? 0);
  return [...acc.entries()].map(([teamId, a]) => {
    const rph = perHour(a);
    const rpcRate = ratio(a.rpc, a.attempts);
    return {
      teamId,
      name: names.get(teamId) ?? (teamId === 'unassigned' ? 'No team' : teamId),
      collectors: a.collectors,
      revenue: a.minor,
      revenueDisplay: money(a.minor),
      hours: a.hours,
      revenuePerHour: rph,
      revenuePerHourDisplay: rph === null ? '—' : `${money(rph)}/h`,
      rpcRate,
      rpcPercent: formatPercent(rpcRate),
      share: rph === null || best === 0 ? 0 : rph / best,
      vsAverage: rph === null || average === null || average === 0 ? '—' : formatChange(rph / average - 1),
    };
  });
}
