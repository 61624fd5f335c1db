import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isHotleadsError } from '../errors/HotleadsError';
import { collectionsHotLeadModel } from '../models/collectionsHotLeadModel';
import { scoreLead } from '../scoring/scoreLead';
import { leadArb } from '../__tests__/arbitraries';
import { scoreDistribution } from './scoreDistribution';

const now = Date.UTC(2026, 10, 22, 15);

describe('scoreDistribution', () => {
  it('counts no leads as empty buckets and bands', () => {
    const d = scoreDistribution([], collectionsHotLeadModel, { now, buckets: 4 });
    expect(d.buckets).toEqual([
      { from: 0, to: 25, count: 0 },
      { from: 25, to: 50, count: 0 },
      { from: 50, to: 75, count: 0 },
      { from: 75, to: 100, count: 0 },
    ]);
    expect(d).toMatchObject({ total: 0, mean: 0, bands: { COLD: 0, WARM: 0, HIGH: 0, HOT: 0 } });
  });

  it('refuses a bad bucket count and names a bad lead by index', () => {
    for (const buckets of [0, 1.5, 101, '3']) {
      try {
        scoreDistribution([], collectionsHotLeadModel, { now, buckets: buckets as number });
        throw new Error('accepted');
      } catch (e) {
        expect(isHotleadsError(e, 'INVALID_ARGUMENT')).toBe(true);
      }
    }
    try {
      scoreDistribution([{ id: 'a' }, 3 as never], collectionsHotLeadModel, { now });
      throw new Error('accepted');
    } catch (e) {
      expect(isHotleadsError(e)).toBe(true);
      expect((e as { path: unknown[] }).path.slice(0, 2)).toEqual(['leads', 1]);
    }
  });

  it('property: buckets and bands each sum to the total, and agree with scoreLead', () => {
    fc.assert(
      fc.property(fc.array(leadArb, { maxLength: 12 }), fc.integer({ min: 1, max: 12 }), (leads, buckets) => {
        const d = scoreDistribution(leads, collectionsHotLeadModel, { now, buckets });
        expect(d.buckets).toHaveLength(buckets);
        expect(d.buckets.reduce((s, b) => s + b.count, 0)).toBe(leads.length);
        expect(Object.values(d.bands).reduce((s, n) => s + n, 0)).toBe(leads.length);
        const scores = leads.map((l) => scoreLead(l, collectionsHotLeadModel, { now, explain: false }).score);
        for (const s of scores) {
          const b = d.buckets.findIndex((x, i) => s >= x.from && (s < x.to || i === buckets - 1));
          expect(b).toBeGreaterThanOrEqual(0);
        }
        const mean = scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : 0;
        expect(d.mean).toBeCloseTo(mean, 9);
      }),
      { seed: 14, numRuns: 100 },
    );
  });
});
