import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExactSum } from '../money/exactSum';
import { topK } from './topK';

const byValueThenIndex = (a: [number, number], b: [number, number]) => a[0] - b[0] || a[1] - b[1];

describe('topK', () => {
  it('equals sorting everything and taking the first k, for any rows and k', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -20, max: 20 })), fc.integer({ min: -2, max: 60 }), (values, k) => {
        const rows = values.map((v, i): [number, number] => [v, i]);
        expect(topK(rows, k, byValueThenIndex)).toEqual([...rows].sort(byValueThenIndex).slice(0, Math.max(0, k)));
      }),
      { seed: 20261204, numRuns: 300 },
    );
  });

  it('does not reorder its input', () => {
    const rows: Array<[number, number]> = [
      [3, 0],
      [1, 1],
      [2, 2],
    ];
    const copy = rows.map((r) => [...r]);
    topK(rows, 3, byValueThenIndex);
    topK(rows, 1, byValueThenIndex);
    expect(rows).toEqual(copy);
  });
});

describe('ExactSum', () => {
  it('equals the bigint sum of any safe integers, past Number.MAX_SAFE_INTEGER too', () => {
    fc.assert(
      fc.property(fc.array(fc.maxSafeInteger()), (values) => {
        const sum = new ExactSum();
        for (const v of values) sum.add(v);
        expect(sum.value).toBe(values.reduce((t, v) => t + BigInt(v), 0n));
      }),
      { seed: 20261204, numRuns: 300 },
    );
  });
});
