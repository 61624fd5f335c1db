import { HotleadsError } from '../errors/HotleadsError';
import { unreadable } from '../errors/unreadable';
import { requireOptions } from '../validation/requireOptions';
import { requireRecords } from '../validation/requireRecords';
import { toEpochMs } from '../time/toEpochMs';
import { formatPercent } from '../money/formatPercent';
import { moneyOf, optionalId, parsePeriod, ratio, requireId, requireMinor } from './format';
import { sessionHours } from './sessionHours';
import type { ActivityRecord, Collector, MoneyFormat, Period, ReceivedPayment, WorkSession } from './types';

/** Input of {@link collectorStats}: the logs and who the collectors are. */
export type CollectorStatsInput = Period & {
  collectors: readonly Collector[];
  activities?: readonly ActivityRecord[];
  payments?: readonly ReceivedPayment[];
  sessions?: readonly WorkSession[];
  format?: MoneyFormat;
};

/** One collector's numbers for a period, with display strings. */
export type CollectorStats = {
  collectorId: string;
  name: string;
  teamId?: string;
  /** Integer minor units. */
  revenue: number;
  revenueDisplay: string;
  hours: number;
  /** Minor units per hour (unrounded); null without hours. */
  revenuePerHour: number | null;
  revenuePerHourDisplay: string;
  attempts: number;
  rightPartyContacts: number;
  rpcRate: number | null;
  rpcPercent: string;
  /** Distinct accounts with at least one activity. */
  accountsWorked: number;
  paymentsCount: number;
};

/**
 * Per-collector numbers for `[from, to)` from the activity, payment and session logs: revenue,
 * hours, revenue per hour, attempts, right-party contacts and rate, accounts worked. Collectors
 * appear in the order given; ids found in the logs but not in `collectors` follow (by id, named
 * by their id), so nothing is silently dropped.
 */
export function collectorStats(input: CollectorStatsInput): CollectorStats[] {
  try {
    return collectorStatsChecked(input);
  } catch (error) {
    throw unreadable(error);
  }
}

function collectorStatsChecked(input: CollectorStatsInput): CollectorStats[] {
  requireOptions(input, []);
  const collectors = requireRecords<Collector>(input.collectors, ['collectors']);
  const activities = requireRecords<ActivityRecord>(input.activities ?? [], ['activities']);
  const payments = requireRecords<ReceivedPayment>(input.payments ?? [], ['payments']);
  const sessions = requireRecords<WorkSession>(input.sessions ?? [], ['sessions']);
  const { from, to } = parsePeriod(input);
  const money = moneyOf(input.format);
  type Acc = { minor: number; attempts: number; rpc: number; accounts: Set<string>; payments: number };
  const acc = new Map<string, Acc>();
  const get = (id: string) => {
    let a = acc.get(id);
    if (a === undefined) acc.set(id, (a = { minor: 0, attempts: 0, rpc: 0, accounts: new Set(), payments: 0 }));
    return a;
  };
  collectors.forEach((c, i) => {
    get(requireId(c.id, ['collectors', i, 'id']));
    requireId(c.name, ['collectors', i, 'name']);
    optionalId(c.teamId, ['collectors', i, 'teamId']);
  });
  activities.forEach((a, i) => {
    const at = toEpochMs(a.at, ['activities', i, 'at']);
    if (at < from || at >= to) return;
    const s = get(requireId(a.collectorId, ['activities', i, 'collectorId']));
    s.attempts++;
    if (a.outcome === 'right-party-contact') s.rpc++;
    s.accounts.add(a.leadId);
  });
  payments.forEach((p, i) => {
    const collectorId = optionalId(p.collectorId, ['payments', i, 'collectorId']);
    if (collectorId === undefined) return;
    const at = toEpochMs(p.at, ['payments', i, 'at']);
    if (at < from || at >= to) return;
    const s = get(collectorId);
    s.minor += requireMinor(p.amount, ['payments', i, 'amount']);
    s.payments++;
  });
  const hours = sessionHours(sessions, from, to);
  for (const id of hours.keys()) get(id);
  const known = new Map(collectors.map((c) => [c.id, c]));
  const ids = [...collectors.map((c) => c.id), ...[...acc.keys()].filter((id) => !known.has(id)).sort()];
  return [...new Set(ids)].map((id) => {
    const a = acc.get(id)!;
    const c = known.get(id);
    const h = hours.get(id) ?? 0;
    const perHour = h === 0 ? null : a.minor / h;
    const rpcRate = ratio(a.rpc, a.attempts);
    const row: CollectorStats = {
      collectorId: id,
      name: c?.name ?? id,
      revenue: a.minor,
      revenueDisplay: money(a.minor),
      hours: h,
      revenuePerHour: perHour,
      revenuePerHourDisplay: perHour === null ? '—' : `${money(perHour)}/h`,
      attempts: a.attempts,
      rightPartyContacts: a.rpc,
      rpcRate,
      rpcPercent: formatPercent(rpcRate),
      accountsWorked: a.accounts.size,
      paymentsCount: a.payments,
    };
    if (c?.teamId !== undefined) row.teamId = c.teamId;
    return row;
  });
}

const STAT_NUMBERS = ['revenue', 'hours', 'attempts', 'rightPartyContacts', 'accountsWorked', 'paymentsCount'] as const;
const STAT_RATES = ['revenuePerHour', 'rpcRate'] as const;
const STAT_MESSAGE = 'Expected a row of collectorStats';

/**
 * @internal Rows of {@link collectorStats} handed back to `leaderboard` or `teamComparison`:
 * records with a string `collectorId` and `name`, finite numbers, and rates that are null or finite.
 */
export function checkStats(stats: unknown): readonly CollectorStats[] {
  const list = requireRecords<CollectorStats>(stats, ['stats']);
  list.forEach((s, i) => {
    if (
      typeof s.collectorId !== 'string' ||
      typeof s.name !== 'string' ||
      !(s.teamId === undefined || typeof s.teamId === 'string')
    )
      throw new HotleadsError('INVALID_ARGUMENT', STAT_MESSAGE, { path: ['stats', i] });
    for (const key of STAT_NUMBERS)
      if (typeof s[key] !== 'number' || !Number.isFinite(s[key]))
        throw new HotleadsError('INVALID_ARGUMENT', STAT_MESSAGE, { path: ['stats', i, key] });
    for (const key of STAT_RATES) {
      const r = s[key];
      if (r !== null && (typeof r !== 'number' || !Number.isFinite(r)))
        throw new HotleadsError('INVALID_ARGUMENT', STAT_MESSAGE, { path: ['stats', i, key] });
    }
  });
  return list;
}
