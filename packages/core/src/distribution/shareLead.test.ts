import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDistributionState } from './createDistributionState';
import { shareLead, type Seller } from './shareLead';

const clock = { now: '2026-01-15T10:00:00Z', timeZone: 'Asia/Dubai' };
const sellers: Seller[] = [
  { id: 's1', tier: 'standard', score: 90 },
  { id: 's2', tier: 'premium', score: 70 },
  { id: 's3', tier: 'premium', score: 85 },
  { id: 's4', tier: 'basic', score: 99 },
  { id: 's5', tier: 'premium', score: 60, active: false },
  { id: 's6', tier: 'standard', score: 95, dailyCapacity: 0 },
  { id: 's7', tier: 'standard', score: 80 },
];

describe('shareLead', () => {
  it('sends one lead to the best sellers by tier then score, skipping inactive and full ones', () => {
    const result = shareLead('L1', sellers, createDistributionState(), { ...clock, count: 4 });
    expect(result.assignments.map((a) => [a.agentId, a.reason])).toEqual([
      ['s3', 'Shared lead 1 of 4 — premium tier, score 85'],
      ['s2', 'Shared lead 2 of 4 — premium tier, score 70'],
      ['s1', 'Shared lead 3 of 4 — standard tier, score 90'],
      ['s7', 'Shared lead 4 of 4 — standard tier, score 80'],
    ]);
    expect(result.unassigned).toEqual([]);
    expect(result.state.assignedToday).toEqual({ s3: 1, s2: 1, s1: 1, s7: 1 });
  });

  it('excludes the seller the buyer contacted directly and reports a shortfall', () => {
    const result = shareLead('L1', sellers.slice(0, 3), createDistributionState(), {
      ...clock,
      count: 3,
      exclude: ['s3'],
    });
    expect(result.assignments.map((a) => a.agentId)).toEqual(['s2', 's1']);
    expect(result.unassigned).toEqual([
      {
        leadId: 'L1',
        reason: 'Only 2 of 3 sellers could take it (the others are inactive, unavailable, at capacity or excluded)',
      },
    ]);
  });

  it('never sends to a seller twice, never more than count, and respects capacity', () => {
    const sellerArb = fc.record({
      id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
      tier: fc.constantFrom('premium', 'standard', 'basic', 'trial'),
      score: fc.integer({ min: 0, max: 100 }),
      dailyCapacity: fc.integer({ min: 0, max: 3 }),
    });
    fc.assert(
      fc.property(
        fc.array(sellerArb, { maxLength: 10 }),
        fc.integer({ min: 3, max: 5 }),
        fc.integer({ min: 1, max: 6 }),
        (list, count, leads) => {
          let state = createDistributionState();
          const received: Record<string, number> = {};
          for (let i = 0; i < leads; i++) {
            const result = shareLead(`L${i}`, list, state, { ...clock, count });
            state = result.state;
            const ids = result.assignments.map((a) => a.agentId);
            expect(new Set(ids).size).toBe(ids.length);
            expect(ids.length).toBeLessThanOrEqual(count);
            expect(result.unassigned.length).toBe(ids.length < count ? 1 : 0);
            for (const id of ids) received[id] = (received[id] ?? 0) + 1;
          }
          for (const [id, n] of Object.entries(received)) {
            const cap = list.find((s) => s.id === id)!.dailyCapacity!;
            expect(n).toBeLessThanOrEqual(cap);
          }
        },
      ),
    );
  });

  it('refuses a bad count or seller', () => {
    expect(() => shareLead('L1', sellers, createDistributionState(), { ...clock, count: 0 })).toThrowError(
      expect.objectContaining({ path: ['count'] }),
    );
    expect(() =>
      shareLead('L1', [{ id: 's', tier: 'premium', score: Number.NaN }], createDistributionState(), clock),
    ).toThrowError(expect.objectContaining({ path: [0, 'score'] }));
  });
});
