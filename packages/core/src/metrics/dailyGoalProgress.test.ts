import { describe, expect, it } from 'vitest';
import { dailyGoalProgress } from './dailyGoalProgress';

describe('dailyGoalProgress', () => {
  const payments = [
    { leadId: 'a', collectorId: 'ann', at: '2026-01-15T05:59:00Z', amount: 99900 }, // 23:59 yesterday in Chicago
    { leadId: 'b', collectorId: 'ann', at: '2026-01-15T06:00:00Z', amount: 120000 }, // local midnight
    { leadId: 'c', collectorId: 'bob', at: '2026-01-15T15:00:00Z', amount: 200000 },
    { leadId: 'd', collectorId: 'ann', at: '2026-01-15T19:00:00Z', amount: 50000 }, // after now
  ];
  const now = '2026-01-15T18:00:00Z';

  it('counts payments since local midnight up to now against the goal', () => {
    expect(dailyGoalProgress(payments, { goal: 500000, now, timeZone: 'America/Chicago' })).toEqual({
      date: '2026-01-15',
      goal: 500000,
      achieved: 320000,
      remaining: 180000,
      ratio: 0.64,
      bar: 0.64,
      percent: '64.0%',
      label: '$3,200.00 of $5,000.00',
      met: false,
    });
    expect(
      dailyGoalProgress(payments, { goal: 100000, now, timeZone: 'America/Chicago', collectorId: 'ann' }),
    ).toMatchObject({ achieved: 120000, remaining: 0, bar: 1, percent: '120.0%', met: true });
    // In Tokyo it is already 03:00 on the 16th: only the payment at 15:00Z (Tokyo midnight) counts.
    expect(dailyGoalProgress(payments, { goal: 500000, now, timeZone: 'Asia/Tokyo' })).toMatchObject({
      date: '2026-01-16',
      achieved: 200000,
    });
  });
});
