import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededRandom } from './seededRandom';

const draw = (seed: number, n: number) => {
  const rnd = seededRandom(seed);
  return Array.from({ length: n }, () => rnd());
};

describe('seededRandom', () => {
  it('repeats its sequence for a seed, in [0, 1)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        const xs = draw(seed, 50);
        expect(draw(seed, 50)).toEqual(xs);
        for (const x of xs) {
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThan(1);
        }
      }),
    );
  });

  it('gives other sequences for other seeds', () => {
    expect(draw(1, 5)).not.toEqual(draw(2, 5));
  });

  it('is mulberry32: the documented first draw for seed 42', () => {
    expect(seededRandom(42)()).toBe(0.6011037519201636);
  });

  it('spreads evenly over ten buckets', () => {
    const buckets = new Array<number>(10).fill(0);
    for (const x of draw(9, 100_000)) buckets[Math.floor(x * 10)]! += 1;
    for (const count of buckets) expect(Math.abs(count - 10_000)).toBeLessThan(500);
  });
});
