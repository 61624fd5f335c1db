import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HotleadsError } from '../errors/HotleadsError';
import { compareToPrevious } from '../metrics/compareToPrevious';
import { assertCurrency } from './assertCurrency';
import { BHD, JPY, KWD, USD } from './currencies';
import type { Currency } from './currency';
import { currencySchema } from './currencySchema';
import { formatAmount } from './formatAmount';
import { formatChange } from './formatChange';
import { formatMoney } from './formatMoney';
import { formatPercent } from './formatPercent';
import { formatUnits } from './formatUnits';
import { toMinorUnits } from './toMinorUnits';

// The reference: decimal.js with half-up rounding, as @hotleads/payments computes.
const Dec = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP });
const NBSP = '\u00a0';
const currencies: Currency[] = [JPY, USD, KWD]; // minorUnit 0, 2, 3
const minorAmount = fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER });
// Any double, or a short decimal (n / 10^k), where exact halves are common.
const decimalNumber = (maxDecimals: number) =>
  fc.oneof(
    fc.double({ min: -1e9, max: 1e9, noNaN: true }),
    fc
      .tuple(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), fc.integer({ min: 0, max: maxDecimals }))
      .map(([n, k]) => n / 10 ** k),
  );

describe('formatAmount', () => {
  it('writes exactly the currency decimals', () => {
    expect(formatAmount(14550, USD)).toBe('145.50');
    expect(formatAmount(5, USD)).toBe('0.05');
    expect(formatAmount(0, USD)).toBe('0.00');
    expect(formatAmount(-450, USD)).toBe('-4.50');
    expect(formatAmount(1000, JPY)).toBe('1000');
    expect(formatAmount(1234n, KWD)).toBe('1.234');
    expect(formatAmount(2n ** 64n, USD)).toBe('184467440737095516.16');
  });
});

describe('toMinorUnits', () => {
  it('reads numbers and decimal strings into integer minor units of the currency', () => {
    expect(toMinorUnits(145.5, USD)).toBe(14550);
    expect(toMinorUnits('145.50', USD)).toBe(14550);
    expect(toMinorUnits(' 7 ', USD)).toBe(700);
    expect(toMinorUnits('.5', USD)).toBe(50);
    expect(toMinorUnits(1235, JPY)).toBe(1235);
    expect(toMinorUnits('1.234', KWD)).toBe(1234);
    expect(toMinorUnits(-0, USD)).toBe(0);
    expect(Object.is(toMinorUnits(-0.001, USD), 0)).toBe(true);
  });

  it('rounds half away from zero on the decimal digits, not the binary value', () => {
    expect(toMinorUnits(1.005, USD)).toBe(101); // the double is 1.00499999…; its digits are 1.005
    expect(toMinorUnits(0.125, { code: 'XTS', minorUnit: 2 })).toBe(13);
    expect(toMinorUnits(-2.5, JPY)).toBe(-3);
    expect(toMinorUnits('1.2345', KWD)).toBe(1235);
    expect(toMinorUnits(1e-7, USD)).toBe(0);
    expect(toMinorUnits(1.5e3, USD)).toBe(150000);
  });

  it('refuses what is not a finite decimal, or too large to count exactly', () => {
    for (const bad of [Number.NaN, Infinity, '1e', 'abc', '', '1,5', '--1', null, {}] as unknown[]) {
      expect(() => toMinorUnits(bad as number, USD, { path: ['balance'] }), String(bad)).toThrowError(
        expect.objectContaining({ code: 'INVALID_AMOUNT', path: ['balance'] }),
      );
    }
    expect(() => toMinorUnits(1e14, USD)).toThrowError(expect.objectContaining({ code: 'INVALID_AMOUNT' }));
  });

  it('property: round-trips with formatAmount for every safe amount, per minor unit 0, 2 and 3', () => {
    fc.assert(
      fc.property(minorAmount, fc.constantFrom(...currencies), (minor, currency) => {
        expect(toMinorUnits(formatAmount(minor, currency), currency)).toBe(minor === 0 ? 0 : minor);
      }),
    );
  });

  it('property: agrees with decimal.js rounding half up to the minor unit', () => {
    fc.assert(
      fc.property(decimalNumber(5), fc.constantFrom(...currencies), (x, currency) => {
        const expected = new Dec(String(x)).times(new Dec(10).pow(currency.minorUnit)).toDecimalPlaces(0);
        expect(toMinorUnits(x, currency)).toBe(expected.isZero() ? 0 : expected.toNumber());
      }),
    );
  });
});

describe('formatMoney', () => {
  it("writes minor units with exactly the currency's decimals", () => {
    expect(formatMoney(123450, USD)).toBe('$1,234.50');
    expect(formatMoney(-450, USD)).toBe('-$4.50');
    expect(formatMoney(0, USD)).toBe('$0.00');
    expect(formatMoney(-0, USD)).toBe('$0.00');
    expect(formatMoney(1235, JPY)).toBe('¥1,235');
    expect(formatMoney(1234, KWD)).toBe(`KWD${NBSP}1.234`);
    expect(formatMoney(1500, BHD)).toBe(`BHD${NBSP}1.500`);
    expect(formatMoney(123450, { code: 'EUR', minorUnit: 2 }, { locale: 'de-DE' })).toBe(`1.234,50${NBSP}€`);
    // The currency's minorUnit wins over the locale's habit: a 4-decimal unit shows 4 decimals.
    expect(formatMoney(12345, { code: 'CLF', minorUnit: 4 })).toBe(`CLF${NBSP}1.2345`);
  });

  it('rounds a fractional amount (a per-hour rate) half away from zero, and writes bigints digit for digit', () => {
    expect(formatMoney(11400.5, USD)).toBe('$114.01');
    expect(formatMoney(-0.5, USD)).toBe('-$0.01');
    expect(formatMoney(11400.49, USD)).toBe('$114.00');
    expect(formatMoney(12_345_678_901_234_567_891n, USD)).toBe('$123,456,789,012,345,678.91');
    expect(formatMoney(Number.MAX_SAFE_INTEGER, USD)).toBe('$90,071,992,547,409.91');
  });

  it('has a compact form for chart axes', () => {
    expect(formatMoney(1_234_567, USD, { compact: true })).toBe('$12.3K');
    expect(formatMoney(1_234_567, JPY, { compact: true })).toBe('¥1M');
  });

  it('refuses a bad amount, currency or locale with a HotleadsError', () => {
    expect(() => formatMoney(Number.NaN, USD)).toThrowError(expect.objectContaining({ code: 'INVALID_AMOUNT' }));
    expect(() => formatMoney(1, { code: 'usd', minorUnit: 2 })).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', path: ['currency', 'code'] }),
    );
    expect(() => formatMoney(1, { code: 'USD', minorUnit: 2.5 })).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', path: ['currency', 'minorUnit'] }),
    );
    expect(() => formatMoney(1, 'USD' as unknown as Currency)).toThrowError(HotleadsError);
    expect(() => formatMoney(1, USD, { locale: 'not a locale!' })).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', path: ['locale'] }),
    );
  });

  it('property: shows the digits that were summed, per minor unit 0, 2 and 3', () => {
    fc.assert(
      fc.property(minorAmount, fc.constantFrom(...currencies), (minor, currency) => {
        const shown = formatMoney(minor, currency);
        expect(shown.replace(/[^\d.-]/g, '')).toBe(formatAmount(minor, currency).replace(/^-0(\.0+)?$/, '0$1'));
        expect(shown.startsWith('-')).toBe(minor < 0);
      }),
    );
  });
});

describe('formatUnits (a lead field in currency units, for reasons and alerts)', () => {
  it('shows any finite figure in the currency of a code', () => {
    expect(formatUnits(240, 'USD', 'en-US')).toBe('$240.00');
    expect(formatUnits(1234.5, 'JPY', 'en-US')).toBe('¥1,235');
    expect(formatUnits(1e20, 'USD', 'en-US')).toBe('$100,000,000,000,000,000,000.00');
    expect(() => formatUnits(1, 'US', 'en-US')).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', path: ['currency'] }),
    );
  });
});

describe('currency checks', () => {
  it('assertCurrency and currencySchema accept and refuse the same values', () => {
    const candidates = fc.record({
      code: fc.oneof(fc.constantFrom('USD', 'JPY', 'usd', 'US', 'USDX', ''), fc.string({ maxLength: 4 })),
      minorUnit: fc.oneof(fc.integer({ min: -2, max: 9 }), fc.constantFrom(2.5, Number.NaN)),
    });
    fc.assert(
      fc.property(candidates, (c) => {
        let asserted = true;
        try {
          assertCurrency(c);
        } catch (e) {
          expect(e).toBeInstanceOf(HotleadsError);
          asserted = false;
        }
        expect(asserted).toBe(currencySchema.safeParse(c).success);
      }),
    );
  });
});

describe('formatPercent and formatChange', () => {
  it('round half away from zero on the decimal digits', () => {
    expect(formatPercent(0.1254)).toBe('12.5%');
    expect(formatPercent(0.3525)).toBe('35.3%'); // 0.3525 × 1000 is 352.49999… in binary
    expect(formatPercent(1 / 3)).toBe('33.3%');
    expect(formatPercent(1.2)).toBe('120.0%');
    expect(formatPercent(null)).toBe('—');
    expect(formatChange(0.125)).toBe('+12.5%');
    expect(formatChange(-0.3525)).toBe('−35.3%');
    expect(formatChange(-0.00001)).toBe('0.0%');
    expect(formatChange(0)).toBe('0.0%');
    expect(formatChange(null)).toBe('—');
  });

  it('property: formatPercent agrees with decimal.js half up on the ratio as written', () => {
    fc.assert(
      fc.property(decimalNumber(6), (r) => {
        const expected = new Dec(String(r)).times(100).toFixed(1);
        expect(formatPercent(r)).toBe(`${expected === '-0.0' ? '0.0' : expected}%`);
      }),
    );
  });
});

describe('compareToPrevious', () => {
  it('computes the percent exactly, half up, as the payments ledger did with decimal.js', () => {
    expect(compareToPrevious(27050, 20000).changePercent).toBe('+35.3%'); // 35.25
    expect(compareToPrevious(12950, 20000).changePercent).toBe('−35.3%'); // −35.25: away from zero
    expect(compareToPrevious(0, 100).changePercent).toBe('−100.0%');
    expect(compareToPrevious(0.441, 0.4)).toMatchObject({
      change: 0.041,
      changeRatio: 0.1025,
      changePercent: '+10.3%',
      magnitudePercent: '10.3%',
    });
    expect(compareToPrevious(5, 0)).toMatchObject({ change: 5, changeRatio: null, changePercent: '—', good: true });
  });

  it('gives the percent without its sign for text where an arrow carries it (property)', () => {
    expect(compareToPrevious(12950, 20000).magnitudePercent).toBe('35.3%');
    expect(compareToPrevious(5, null).magnitudePercent).toBe('—');
    const value = fc.oneof(fc.integer({ min: -1e9, max: 1e9 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }));
    fc.assert(
      fc.property(value, value, (v, p) => {
        const c = compareToPrevious(v, p);
        expect(c.magnitudePercent).toBe(c.changePercent.replace(/^[+−]/, ''));
      }),
      { seed: 20261203, numRuns: 500 },
    );
  });

  it('reads the direction and the verdict from the values, never from a string', () => {
    expect(compareToPrevious(88.4, 100)).toMatchObject({ changePercent: '−11.6%', direction: 'down', good: false });
    expect(compareToPrevious(104, 100)).toMatchObject({ changePercent: '+4.0%', direction: 'up', good: true });
    expect(compareToPrevious(100, 100)).toMatchObject({ changePercent: '0.0%', direction: 'flat', good: null });
    expect(compareToPrevious(10, 18.1, { higherIsBetter: false })).toMatchObject({
      changePercent: '−44.8%',
      magnitudePercent: '44.8%',
      direction: 'down',
      good: true,
    });
  });

  it('tells a period without previous data apart from a previous zero', () => {
    expect(compareToPrevious(15.2, null, { higherIsBetter: false })).toEqual({
      value: 15.2,
      previous: null,
      change: null,
      changeRatio: null,
      changePercent: '—',
      magnitudePercent: '—',
      direction: 'none',
      good: null,
    });
    expect(compareToPrevious(0, 0)).toMatchObject({ changeRatio: null, direction: 'flat', good: null });
  });

  it('refuses a value that is not a finite number', () => {
    expect(() => compareToPrevious(Number.NaN, 1)).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', path: ['value'] }),
    );
    expect(() => compareToPrevious(1, Infinity)).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', path: ['previous'] }),
    );
  });

  it('property: the percent agrees with decimal.js on minor-unit totals and on 1- to 3-decimal figures', () => {
    const figure = fc.oneof(
      minorAmount,
      fc.integer({ min: -10_000_000, max: 10_000_000 }).map((n) => n / 1000),
      fc.integer({ min: 0, max: 1000 }).map((n) => n / 10),
    );
    fc.assert(
      fc.property(figure, figure, fc.boolean(), (value, previous, higherIsBetter) => {
        const c = compareToPrevious(value, previous, { higherIsBetter });
        const v = new Dec(String(value));
        const p = new Dec(String(previous));
        expect(c.direction).toBe(v.gt(p) ? 'up' : v.lt(p) ? 'down' : 'flat');
        expect(c.good).toBe(c.direction === 'flat' ? null : (c.direction === 'up') === higherIsBetter);
        if (p.isZero()) {
          expect(c.changeRatio).toBeNull();
          expect(c.changePercent).toBe('—');
          return;
        }
        const percent = v.minus(p).div(p.abs()).times(100).toFixed(1);
        const magnitude = percent.replace('-', '');
        const expected = /^0\.0$/.test(magnitude) ? '0.0%' : `${percent.startsWith('-') ? '−' : '+'}${magnitude}%`;
        expect(c.changePercent).toBe(expected);
        expect(c.change).toBe(v.minus(p).toNumber());
      }),
    );
  });
});

describe('wrong types', () => {
  const junk: unknown[] = [null, undefined, 'x', '', {}, [], Number.NaN, Infinity, true, Symbol('s'), () => 1, 10n];
  const calls: Array<[string, (x: unknown) => unknown]> = [
    ['formatMoney amount', (x) => formatMoney(x as number, USD)],
    ['formatMoney currency', (x) => formatMoney(1, x as Currency)],
    ['formatMoney options', (x) => formatMoney(1, USD, x as object)],
    ['formatMoney locale', (x) => formatMoney(1, USD, { locale: x as string })],
    ['formatAmount amount', (x) => formatAmount(x as number, USD)],
    ['formatAmount currency', (x) => formatAmount(1, x as Currency)],
    ['toMinorUnits amount', (x) => toMinorUnits(x as number, USD)],
    ['toMinorUnits currency', (x) => toMinorUnits(1, x as Currency)],
    ['toMinorUnits options', (x) => toMinorUnits(1, USD, x as object)],
    ['formatPercent', (x) => formatPercent(x as number)],
    ['formatChange', (x) => formatChange(x as number)],
    ['compareToPrevious value', (x) => compareToPrevious(x as number, 1)],
    ['compareToPrevious previous', (x) => compareToPrevious(1, x as number)],
    ['compareToPrevious options', (x) => compareToPrevious(1, 2, x as object)],
    ['compareToPrevious higherIsBetter', (x) => compareToPrevious(1, 2, { higherIsBetter: x as boolean })],
  ];
  it('give a result or a HotleadsError, never a TypeError from inside', () => {
    for (const [name, call] of calls)
      for (const x of junk) {
        try {
          call(x);
        } catch (e) {
          expect(e, `${name}(${String(typeof x === 'symbol' ? 'symbol' : x)})`).toBeInstanceOf(HotleadsError);
        }
      }
  });
});
