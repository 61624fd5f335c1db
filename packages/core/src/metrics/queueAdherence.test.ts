import { describe, expect, it } from 'vitest';
import { queueAdherence } from './queueAdherence';
import type { WorkedAccount } from './types';

describe('queueAdherence', () => {
  const at = '2026-01-15T15:00:00Z';
  const worked: WorkedAccount[] = [
    { collectorId: 'ann', leadId: 'a', at, queueRank: 1, eligible: true },
    { collectorId: 'ann', leadId: 'b', at, queueRank: 10, eligible: true },
    { collectorId: 'ann', leadId: 'c', at, queueRank: 11, eligible: true },
    { collectorId: 'bob', leadId: 'd', at, eligible: true }, // not in the queue shown
    { collectorId: 'bob', leadId: 'e', at, queueRank: 2, eligible: true },
    { collectorId: 'bob', leadId: 'f', at, queueRank: 1, eligible: false }, // blocked: not counted
    { collectorId: 'bob', leadId: 'g', at: '2026-02-15T15:00:00Z', queueRank: 1, eligible: true }, // outside the period
  ];
  const period = { from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z' };

  it('is the share of eligible worked accounts that were in the top 10 when worked', () => {
    const result = queueAdherence(worked, period);
    expect(result).toEqual({
      worked: 5,
      inTop: 3,
      rate: 0.6,
      percent: '60.0%',
      target: 0.7,
      targetPercent: '70.0%',
      meetsTarget: false,
      excludedBlocked: 1,
      byCollector: [
        { collectorId: 'ann', worked: 3, inTop: 2, rate: 2 / 3, percent: '66.7%' },
        { collectorId: 'bob', worked: 2, inTop: 1, rate: 0.5, percent: '50.0%' },
      ],
    });
    expect(queueAdherence(worked, { ...period, topN: 11, target: 0.8 })).toMatchObject({
      inTop: 4,
      rate: 0.8,
      meetsTarget: true,
    });
    expect(queueAdherence([], period)).toMatchObject({ rate: null, percent: '—', meetsTarget: null });
  });
});
