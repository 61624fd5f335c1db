import { describe, expect, it } from 'vitest';
import { collectorStats } from './collectorStats';
import { leaderboard } from './leaderboard';
import { teamComparison } from './teamComparison';
import type { ActivityRecord, Collector, ReceivedPayment, WorkSession } from './types';

const period = { from: '2026-01-15T00:00:00Z', to: '2026-01-16T00:00:00Z' };
const collectors: Collector[] = [
  { id: 'ann', name: 'Ann', teamId: 'east' },
  { id: 'bob', name: 'Bob', teamId: 'east' },
  { id: 'cy', name: 'Cy', teamId: 'west' },
  { id: 'di', name: 'Di' },
];
const at = (h: number) => `2026-01-15T${String(h).padStart(2, '0')}:00:00Z`;
const activities: ActivityRecord[] = [
  { collectorId: 'ann', leadId: 'a1', at: at(9), outcome: 'right-party-contact' },
  { collectorId: 'ann', leadId: 'a1', at: at(10), outcome: 'no-answer' },
  { collectorId: 'ann', leadId: 'a2', at: at(11), outcome: 'right-party-contact' },
  { collectorId: 'bob', leadId: 'b1', at: at(9), outcome: 'voicemail' },
  { collectorId: 'cy', leadId: 'c1', at: at(9), outcome: 'right-party-contact' },
  { collectorId: 'ghost', leadId: 'g1', at: at(9), outcome: 'no-answer' },
];
const payments: ReceivedPayment[] = [
  { leadId: 'a1', collectorId: 'ann', at: at(12), amount: 30000 },
  { leadId: 'b1', collectorId: 'bob', at: at(12), amount: 30000 },
  { leadId: 'c1', collectorId: 'cy', at: at(12), amount: 50000 },
  { leadId: 'x', at: at(12), amount: 99900 },
];
const sessions: WorkSession[] = [
  { collectorId: 'ann', start: at(8), end: at(12) },
  { collectorId: 'bob', start: at(8), end: at(14) },
  { collectorId: 'cy', start: at(8), end: at(12) },
];

describe('collectorStats, leaderboard and teamComparison', () => {
  const stats = collectorStats({ collectors, activities, payments, sessions, ...period });

  it('computes each collector’s numbers and keeps unknown ids from the logs', () => {
    expect(stats.map((s) => s.collectorId)).toEqual(['ann', 'bob', 'cy', 'di', 'ghost']);
    expect(stats[0]).toEqual({
      collectorId: 'ann',
      name: 'Ann',
      teamId: 'east',
      revenue: 30000,
      revenueDisplay: '$300.00',
      hours: 4,
      revenuePerHour: 7500,
      revenuePerHourDisplay: '$75.00/h',
      attempts: 3,
      rightPartyContacts: 2,
      rpcRate: 2 / 3,
      rpcPercent: '66.7%',
      accountsWorked: 2,
      paymentsCount: 1,
    });
    expect(stats[3]).toMatchObject({
      name: 'Di',
      revenue: 0,
      hours: 0,
      revenuePerHour: null,
      revenuePerHourDisplay: '—',
      rpcPercent: '—',
    });
    expect(stats[4]).toMatchObject({ name: 'ghost', attempts: 1 });
  });

  it('ranks a leaderboard with shared ranks for ties and bars relative to the leader', () => {
    expect(leaderboard(stats).map((r) => [r.rank, r.name, r.display, r.share])).toEqual([
      [1, 'Cy', '$500.00', 1],
      [2, 'Ann', '$300.00', 0.6],
      [2, 'Bob', '$300.00', 0.6],
      [4, 'Di', '$0.00', 0],
      [4, 'ghost', '$0.00', 0],
    ]);
    expect(leaderboard(stats, { metric: 'revenuePerHour', limit: 3 }).map((r) => [r.rank, r.name, r.display])).toEqual([
      [1, 'Cy', '$125.00/h'],
      [2, 'Ann', '$75.00/h'],
      [3, 'Bob', '$50.00/h'],
    ]);
    const rpc = leaderboard(stats, { metric: 'rpcRate' });
    expect(rpc.map((r) => r.display)).toEqual(['100.0%', '66.7%', '0.0%', '0.0%', '—']);
    expect(rpc.at(-1)!.name).toBe('Di');
  });

  it('compares teams on revenue per hour against the average over all hours ($1,100 / 14 h)', () => {
    const rows = teamComparison(stats, [
      { id: 'east', name: 'East' },
      { id: 'west', name: 'West' },
    ]);
    expect(
      rows.map((r) => [
        r.name,
        r.collectors,
        r.revenueDisplay,
        r.hours,
        r.revenuePerHourDisplay,
        r.rpcPercent,
        r.share,
        r.vsAverage,
      ]),
    ).toEqual([
      ['East', 2, '$600.00', 10, '$60.00/h', '50.0%', 0.48, '−23.6%'],
      ['West', 1, '$500.00', 4, '$125.00/h', '100.0%', 1, '+59.1%'],
      ['No team', 2, '$0.00', 0, '—', '0.0%', 0, '—'],
    ]);
  });
});
