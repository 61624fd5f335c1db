import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HotleadsError } from '@hotleads/core';
import { planStatus } from './planStatus';
import type { InstallmentStatus } from './installmentStatus';

const status = fc.constantFrom<InstallmentStatus>('paid', 'partial', 'due', 'missed');

describe('planStatus', () => {
  it('is completed when every installment is paid, broken at brokenAfterMissed missed, else active', () => {
    fc.assert(
      fc.property(fc.array(status, { minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 5 }), (list, n) => {
        const got = planStatus(list, { brokenAfterMissed: n });
        const missed = list.filter((s) => s === 'missed').length;
        expect(got === 'completed').toBe(list.every((s) => s === 'paid'));
        expect(got === 'broken').toBe(missed >= n);
        // Paying a missed installment never makes a plan more broken.
        const i = list.indexOf('missed');
        if (i >= 0) {
          const paidOne = list.map((s, k) => (k === i ? 'paid' : s));
          if (got !== 'broken') expect(planStatus(paidOne, { brokenAfterMissed: n })).not.toBe('broken');
        }
      }),
      { seed: 20261204, numRuns: 300 },
    );
  });

  it('reads the examples of docs/payments.md', () => {
    expect(planStatus(['paid', 'missed', 'missed'], { brokenAfterMissed: 2 })).toBe('broken');
    expect(planStatus(['paid', 'missed', 'due'], { brokenAfterMissed: 2 })).toBe('active');
    expect(planStatus(['paid', 'paid'], { brokenAfterMissed: 2 })).toBe('completed');
  });

  it('refuses a bad list or limit, naming the path', () => {
    const refusal = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(HotleadsError);
        return (e as HotleadsError).path;
      }
      throw new Error('expected a refusal');
    };
    expect(refusal(() => planStatus('paid' as never, { brokenAfterMissed: 2 }))).toEqual(['statuses']);
    expect(refusal(() => planStatus(['paid', 'late' as never], { brokenAfterMissed: 2 }))).toEqual(['statuses', 1]);
    expect(refusal(() => planStatus(['paid'], { brokenAfterMissed: 0 }))).toEqual(['brokenAfterMissed']);
    expect(refusal(() => planStatus(['paid'], { brokenAfterMissed: 1.5 }))).toEqual(['brokenAfterMissed']);
  });
});
