import { describe, expect, it } from 'vitest';
import { toEpochMs, tryEpochMs } from './toEpochMs';
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
    expect(() => toEpochMs('2026-01-15T09:30:00', ['events', 2, 'at'])).toThrowError(/with Z or an offset.*events\[2\]\.at/);
    expect(() => toEpochMs('2026-01-15')).toThrowError(HotleadsError);
    expect(() => toEpochMs('yesterday')).toThrowError(HotleadsError);
    expect(() => toEpochMs(Number.NaN)).toThrowError(HotleadsError);
    expect(() => toEpochMs(new Date('nope'))).toThrowError(HotleadsError);
    expect(tryEpochMs(Infinity)).toBeNaN();
    expect(tryEpochMs({})).toBeNaN();
  });
});
