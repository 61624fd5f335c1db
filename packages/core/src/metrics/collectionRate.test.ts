import { describe, expect, it } from 'vitest';
import { collectionRate } from './collectionRate';
import { rightPartyContactRate } from './rightPartyContactRate';

const period = { from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z' };

describe('collectionRate', () => {
  const placements = [
    { leadId: 'a', clientId: 'acme', amount: 100000, at: '2025-12-01T00:00:00Z' },
    { leadId: 'b', clientId: 'acme', amount: 300000, at: '2026-01-10T00:00:00Z' },
    { leadId: 'c', clientId: 'zen', amount: 100000, at: '2026-02-05T00:00:00Z' }, // placed after the period
  ];
  const payments = [
    { leadId: 'a', at: '2026-01-05T00:00:00Z', amount: 25000 },
    { leadId: 'b', at: '2026-01-20T00:00:00Z', amount: 25000 },
    { leadId: 'b', at: '2025-12-20T00:00:00Z', amount: 99900 }, // before the period
    { leadId: 'z', at: '2026-01-20T00:00:00Z', amount: 50000 }, // never placed
  ];
  it('is collected in the period over the balance placed up to its end', () => {
    expect(collectionRate(payments, placements, period)).toEqual({
      collected: 50000,
      placed: 400000,
      rate: 0.125,
      percent: '12.5%',
      label: '$500.00 of $4,000.00',
    });
    expect(collectionRate(payments, placements, { ...period, clientId: 'zen' })).toMatchObject({
      rate: null,
      percent: '—',
    });
  });
});

describe('rightPartyContactRate', () => {
  it('is right-party contacts over attempts in the period', () => {
    const activities = [
      { collectorId: 'ann', leadId: 'a', at: '2026-01-02T15:00:00Z', outcome: 'right-party-contact' as const },
      { collectorId: 'ann', leadId: 'b', at: '2026-01-02T16:00:00Z', outcome: 'no-answer' as const },
      { collectorId: 'bob', leadId: 'c', at: '2026-01-03T16:00:00Z', outcome: 'voicemail' as const },
      { collectorId: 'bob', leadId: 'c', at: '2026-02-03T16:00:00Z', outcome: 'right-party-contact' as const },
    ];
    expect(rightPartyContactRate(activities, period)).toEqual({
      attempts: 3,
      rightPartyContacts: 1,
      rate: 1 / 3,
      percent: '33.3%',
    });
    expect(rightPartyContactRate(activities, { ...period, collectorId: 'ann' }).percent).toBe('50.0%');
    expect(rightPartyContactRate([], period)).toEqual({ attempts: 0, rightPartyContacts: 0, rate: null, percent: '—' });
  });
});
