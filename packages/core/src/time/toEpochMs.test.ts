import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slowEpochMs, toEpochMs, tryEpochMs } from './toEpochMs';
import { HotleadsError } from '../errors/HotleadsError';

describe('toEpochMs', () => {
  it('accepts epoch ms, Dates and zoned ISO strings', () => {
    expect(toEpochMs(1_000)).toBe(1_000);
    expect(toEpochMs(new Date(5))).toBe(5);
    expect(toEpochMs('2026-01-15T09:30:00Z')).toBe(Date.UTC(2026, 0, 15, 9, 30));
    expect(toEpochMs('2026-01-15T09:30:00.250+02:00')).toBe(Date.UTC(2026, 0, 15, 7, 30, 0, 250));
    expect(toEpochMs('2026-01-15T09:30-0500')).toBe(Date.UTC(2026, 0, 15, 14, 30));
  });

  it('refuses a string without a zone, garbage and non-finite numbers, naming the path', () => {
    expect(() => toEpochMs('2026-01-15T09:30:00', ['events', 2, 'at'])).toThrowError(
      /with Z or an offset.*events\[2\]\.at/,
    );
    expect(() => toEpochMs('2026-01-15')).toThrowError(HotleadsError);
    expect(() => toEpochMs('yesterday')).toThrowError(HotleadsError);
    expect(() => toEpochMs(Number.NaN)).toThrowError(HotleadsError);
    expect(() => toEpochMs(new Date('nope'))).toThrowError(HotleadsError);
    expect(tryEpochMs(Infinity)).toBeNaN();
    expect(tryEpochMs({})).toBeNaN();
  });
});

describe('tryEpochMs fast path', () => {
  it('gives exactly what the regex + Date.parse path gives', () => {
    const iso = fc
      .date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true })
      .map((d) => d.toISOString());
    const mangled = fc
      .tuple(iso, fc.nat(23), fc.constantFrom('0', '9', '3', 'x', ' ', 'Z', '-', ':', '.'))
      .map(([s, i, ch]) => s.slice(0, i) + ch + s.slice(i + 1));
    const variants = fc.oneof(
      iso,
      iso.map((s) => s.replace(/\.\d{3}Z$/, 'Z')),
      mangled,
      fc.constantFrom(
        '2026-02-30T10:00:00Z',
        '2026-02-29T10:00:00Z',
        '2028-02-29T10:00:00Z',
        '2026-13-01T00:00:00Z',
        '2026-01-01T24:00:00Z',
        '2026-01-01T10:00:00',
        '2026-01-01T10:00:00+02:00',
      ),
      fc.double(),
      fc.integer(),
    );
    fc.assert(
      fc.property(variants, (t) => Object.is(tryEpochMs(t), slowEpochMs(t))),
      { numRuns: 5000 },
    );
  });
});
