import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateOfDay, localDate } from './localDate';
import { localDay } from './timeZone';
import { DAY_MS, HOUR_MS, MINUTE_MS } from './units';

const ALL_ZONES = Intl.supportedValuesOf('timeZone');
const FROM = Date.UTC(1900, 0, 1);
const TO = Date.UTC(2100, 0, 1);

describe('localDate', () => {
  it('is the date @date-fns/tz shows, for any instant in any zone the runtime knows', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ALL_ZONES), fc.integer({ min: FROM, max: TO }), (zone, ms) => {
        expect(localDate(ms, zone)).toBe(format(new TZDate(ms, zone), 'yyyy-MM-dd'));
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees with @date-fns/tz on both sides of every local midnight, DST days and 45-minute zones included', () => {
    const zones = ['America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Pacific/Chatham', 'America/Santiago'];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: Date.UTC(2020, 0, 1) / DAY_MS, max: Date.UTC(2030, 0, 1) / DAY_MS }),
        fc.integer({ min: -1, max: 0 }),
        (zone, day, side) => {
          const date = dateOfDay(day);
          const civil = new Date(day * DAY_MS);
          const midnight = new TZDate(civil.getUTCFullYear(), civil.getUTCMonth(), civil.getUTCDate(), zone).getTime();
          const ms = midnight + side;
          expect(localDate(ms, zone)).toBe(format(new TZDate(ms, zone), 'yyyy-MM-dd'));
          expect(localDate(midnight, zone)).toBe(date);
        },
      ),
    );
  });

  it('takes local dates in the given zone, across DST changes', () => {
    expect(localDate(Date.parse('2025-04-21T03:59:59Z'), 'America/New_York')).toBe('2025-04-20');
    expect(localDate(Date.parse('2025-04-21T04:00:00Z'), 'America/New_York')).toBe('2025-04-21');
    expect(localDate(Date.parse('2025-04-20T23:00:00Z'), 'Asia/Kolkata')).toBe('2025-04-21');
    expect(localDate(Date.parse('2026-03-08T04:59:59Z'), 'America/New_York')).toBe('2026-03-07');
    expect(localDate(Date.parse('2026-03-08T05:00:00Z'), 'America/New_York')).toBe('2026-03-08');
    expect(localDate(Date.parse('2026-03-09T03:59:59Z'), 'America/New_York')).toBe('2026-03-08');
  });

  it('is the date of the local day number', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ALL_ZONES), fc.integer({ min: FROM, max: TO }), (zone, ms) => {
        expect(localDate(ms, zone)).toBe(dateOfDay(localDay(ms, zone)));
      }),
    );
    expect(dateOfDay(0)).toBe('1970-01-01');
    expect(dateOfDay(-1)).toBe('1969-12-31');
    expect(dateOfDay(20_000)).toBe('2024-10-04');
  });
});

describe('units', () => {
  it('a day is 24 hours of 60 minutes', () => {
    expect(DAY_MS).toBe(24 * HOUR_MS);
    expect(HOUR_MS).toBe(60 * MINUTE_MS);
    expect(MINUTE_MS).toBe(60 * 1000);
  });
});
