import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatAmount, HotleadsError, JPY, KWD, USD } from '@hotleads/core';
import { parseAmount } from './parseAmount';
import { sumMinor } from './sumMinor';
import { percentage } from './percentage';
import { allocateOldestFirst } from './allocateOldestFirst';
import { allocateByRatios } from './allocateByRatios';
import { Dec } from './decimal';

describe('parseAmount', () => {
  it('reads strings and numbers into integer minor units', () => {
    expect(parseAmount('145.50', USD)).toBe(14550);
    expect(parseAmount(145.5, USD)).toBe(14550);
    expect(parseAmount('4.5', USD)).toBe(450);
    expect(parseAmount(' 7 ', USD)).toBe(700);
    expect(parseAmount('.5', USD)).toBe(50);
    expect(parseAmount('1000', JPY)).toBe(1000);
    expect(parseAmount('1.234', KWD)).toBe(1234);
    expect(parseAmount('0', USD, { allowZero: true })).toBe(0);
    expect(parseAmount('-4.50', USD, { allowNegative: true })).toBe(-450);
    expect(parseAmount('1234567890.123456', { code: 'XXX', minorUnit: 6 })).toBe(1234567890123456);
    expect(() => parseAmount('1234567890123.123456', { code: 'XXX', minorUnit: 6 })).toThrow('too large');
  });

  it('refuses too many decimals, floats artefacts, zero, negatives, junk and unsafe sizes', () => {
    for (const bad of [
      '145.505',
      0.1 + 0.2,
      '1.5',
      '0',
      -1,
      'abc',
      '1e3',
      '',
      '1,5',
      Number.NaN,
      Infinity,
      null,
      {},
      '99999999999999999',
    ] as unknown[]) {
      const currency = bad === '1.5' ? JPY : USD;
      expect(() => parseAmount(bad, currency, { path: ['amount'] }), String(bad)).toThrowError(HotleadsError);
    }
    try {
      parseAmount('1.001', USD, { path: ['x'] });
    } catch (e) {
      expect(e).toMatchObject({ code: 'INVALID_AMOUNT', path: ['x'] });
    }
  });

  it('round-trips with formatAmount for every amount with at most two decimals', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 15n }), (minor) => {
        const text = formatAmount(minor, USD);
        expect(parseAmount(text, USD)).toBe(Number(minor));
        expect(new Dec(text).times(100).toFixed(0)).toBe(minor.toString());
      }),
    );
  });
});

describe('sums: integer minor units agree with decimal.js to the minor unit', () => {
  it('on random payment amounts, in currencies of 0, 2 and 3 decimals', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 99_999_999 }), { maxLength: 300 }),
        fc.constantFrom(JPY, USD, KWD),
        (minors, currency) => {
          const decimal = minors.reduce((sum, m) => sum.plus(formatAmount(m, currency)), new Dec(0));
          expect(formatAmount(sumMinor(minors), currency)).toBe(decimal.toFixed(currency.minorUnit));
        },
      ),
    );
  });

  it('past Number.MAX_SAFE_INTEGER (bigint fallback)', () => {
    const big = Number.MAX_SAFE_INTEGER;
    expect(sumMinor([big, big, 1])).toBe(2n * BigInt(big) + 1n);
  });
});

describe('percentages', () => {
  it('round half-up to one decimal', () => {
    expect(percentage(200, 450)).toBe('44.4');
    expect(percentage(450, 450)).toBe('100.0');
    expect(percentage(1, 8)).toBe('12.5');
    expect(percentage(1, 16)).toBe('6.3'); // 6.25 → 6.3 (half-up, not banker's)
    expect(percentage(1, 0)).toBeNull();
    // Changes in percent are core's compareToPrevious (its tests hold percentChange's old cases).
  });
});

describe('allocateOldestFirst', () => {
  it('pays the oldest due item first and reports the surplus on the newest', () => {
    const result = allocateOldestFirst(20000, [
      { id: 'INV-B', dueDate: '2025-05-15', outstanding: 15225 },
      { id: 'INV-A', dueDate: '2025-04-15', outstanding: 14550 },
    ]);
    expect(result).toEqual({
      shares: [
        { id: 'INV-A', due: 14550, paid: 14550, applied: 14550 },
        { id: 'INV-B', due: 15225, paid: 5450, applied: 5450 },
      ],
      surplus: 0,
    });
    expect(allocateOldestFirst(15000, [{ id: 'A', dueDate: '2025-04-15', outstanding: 14550 }])).toEqual({
      shares: [{ id: 'A', due: 14550, paid: 15000, applied: 14550 }],
      surplus: 450,
    });
  });

  it('property: shares sum to the amount, applied ≤ due, oldest filled first, order-independent', () => {
    const target = fc.record({
      id: fc.string({ minLength: 1, maxLength: 4 }),
      dueDate: fc.constantFrom('2025-01-01', '2025-02-01', '2025-03-01'),
      outstanding: fc.integer({ min: 0, max: 100_000 }),
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500_000 }),
        fc.uniqueArray(target, { minLength: 1, maxLength: 6, selector: (t) => t.id }),
        (amount, targets) => {
          const { shares, surplus } = allocateOldestFirst(amount, targets);
          expect(shares.reduce((s, x) => s + x.paid, 0)).toBe(amount);
          expect(shares.reduce((s, x) => s + x.applied, 0) + surplus).toBe(amount);
          for (const s of shares) {
            expect(s.applied).toBeLessThanOrEqual(s.due);
            expect(s.applied).toBeGreaterThanOrEqual(0);
          }
          // A later item only receives money when every earlier one is full.
          const firstShort = shares.findIndex((s) => s.applied < s.due);
          if (firstShort >= 0) for (const s of shares.slice(firstShort + 1)) expect(s.applied).toBe(0);
          if (surplus > 0) expect(shares.every((s) => s.applied === s.due)).toBe(true);
          expect(allocateOldestFirst(amount, [...targets].reverse())).toEqual({ shares, surplus });
        },
      ),
    );
  });
});

describe('allocateByRatios', () => {
  it('hands remainders out deterministically in list order', () => {
    expect(allocateByRatios(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocateByRatios(5, [0, 1, 1])).toEqual([0, 3, 2]);
    expect(allocateByRatios(-100, [1, 1, 1])).toEqual([-33, -33, -34]);
    expect(allocateByRatios(7, [2, 1, 1])).toEqual([4, 2, 1]);
  });

  it('property: shares always sum to the amount and differ from the exact share by less than one unit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 8 }).filter((r) => r.some((x) => x > 0)),
        (amount, ratios) => {
          const shares = allocateByRatios(amount, ratios);
          expect(shares.reduce((a, b) => a + b, 0)).toBe(amount);
          const total = ratios.reduce((a, b) => a + b, 0);
          shares.forEach((s, i) => {
            const exact = new Dec(amount).times(ratios[i]!).div(total);
            expect(exact.minus(s).abs().lt(1)).toBe(true);
          });
        },
      ),
    );
  });
});
