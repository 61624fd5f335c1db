import { localDate } from '@hotleads/core';
import { describe, expect, it } from 'vitest';
import { addCalendar } from './addCalendar';
import { isDateString } from './dateString';
import { daysBetween, startOfLocalDay } from './zoned';
import { resolveDateRange } from './dateRange';
import { formatNumber, validateNumberFormat } from '../numbering/formatNumber';

describe('calendar', () => {
  it('adds calendar years with leap years handled', () => {
    expect(addCalendar('2025-04-20', { years: 1 })).toBe('2026-04-20');
    expect(addCalendar('2027-04-20', { years: 1 })).toBe('2028-04-20');
    expect(addCalendar('2024-02-29', { years: 1 })).toBe('2025-02-28');
    expect(addCalendar('2025-01-31', { months: 1 })).toBe('2025-02-28');
    expect(addCalendar('2025-12-31', { days: 1 })).toBe('2026-01-01');
  });

  it('validates YYYY-MM-DD dates', () => {
    expect(isDateString('2025-02-28')).toBe(true);
    expect(isDateString('2025-02-29')).toBe(false);
    expect(isDateString('2024-02-29')).toBe(true);
    expect(isDateString('2025-4-1')).toBe(false);
    expect(isDateString(20250401)).toBe(false);
  });

  it('takes local dates in the given zone, across DST changes', () => {
    expect(localDate(Date.parse('2025-04-21T03:59:59Z'), 'America/New_York')).toBe('2025-04-20');
    expect(localDate(Date.parse('2025-04-21T04:00:00Z'), 'America/New_York')).toBe('2025-04-21');
    expect(localDate(Date.parse('2025-04-20T23:00:00Z'), 'Asia/Kolkata')).toBe('2025-04-21');
    expect(startOfLocalDay('2025-03-09', 'America/New_York')).toBe(Date.parse('2025-03-09T05:00:00Z'));
    expect(startOfLocalDay('2025-03-10', 'America/New_York')).toBe(Date.parse('2025-03-10T04:00:00Z'));
    expect(daysBetween('2025-04-15', '2025-04-21')).toBe(6);
  });

  it('resolves Today, This Week (Monday start), This Month and custom ranges', () => {
    const now = Date.parse('2025-04-20T14:30:00Z'); // Sunday in New York
    const tz = 'America/New_York';
    expect(resolveDateRange({ preset: 'today' }, now, tz, 1)).toEqual({
      from: '2025-04-20',
      to: '2025-04-20',
      startMs: Date.parse('2025-04-20T04:00:00Z'),
      endMs: Date.parse('2025-04-21T04:00:00Z'),
    });
    expect(resolveDateRange({ preset: 'thisWeek' }, now, tz, 1)).toMatchObject({
      from: '2025-04-14',
      to: '2025-04-20',
    });
    expect(resolveDateRange({ preset: 'thisWeek' }, now, tz, 0)).toMatchObject({
      from: '2025-04-20',
      to: '2025-04-26',
    });
    expect(resolveDateRange({ preset: 'thisMonth' }, now, tz, 1)).toMatchObject({
      from: '2025-04-01',
      to: '2025-04-30',
    });
    expect(resolveDateRange({ from: '2025-03-01', to: '2025-03-31' }, now, tz, 1)).toMatchObject({
      startMs: Date.parse('2025-03-01T05:00:00Z'),
      endMs: Date.parse('2025-04-01T04:00:00Z'),
    });
    expect(() => resolveDateRange({ from: '2025-03-02', to: '2025-03-01' }, now, tz, 1)).toThrow(
      'From must not be after To',
    );
    expect(() => resolveDateRange({ from: '2025-03-02' } as never, now, tz, 1)).toThrow(
      expect.objectContaining({ code: 'INVALID_TIME', path: ['to'] }),
    );
  });
});

describe('number formats', () => {
  it("renders the sample data's numbers", () => {
    expect(formatNumber('PAY-{YYYY}-{seq:6}', 4521, { date: '2025-04-20' })).toBe('PAY-2025-004521');
    expect(formatNumber('TXN-{YYYY}-{seq:6}', 8934, { date: '2025-04-20' })).toBe('TXN-2025-008934');
    expect(formatNumber('R-{seq}', 5001, { date: '2025-04-20' })).toBe('R-5001');
    expect(formatNumber('CN-{seq}', 46129, { date: '2025-04-20' })).toBe('CN-46129');
    expect(formatNumber('X{YY}{MM}-{seq:2}', 1234, { date: '2025-04-20' })).toBe('X2504-1234');
  });

  it('refuses formats without exactly one {seq} or with unknown tokens', () => {
    expect(() => validateNumberFormat('PAY-{YYYY}')).toThrow('exactly one {seq}');
    expect(() => validateNumberFormat('{seq}-{seq}')).toThrow('exactly one {seq}');
    expect(() => validateNumberFormat('P-{seq}-{DD}')).toThrow('may use only');
    expect(() => validateNumberFormat('P-{seq:0}')).toThrow('1..12');
    expect(() => validateNumberFormat('P-{seq:6}')).not.toThrow();
  });
});

describe('isoString', () => {
  it('equals Date#toISOString for every instant of years 0000–9999', async () => {
    const fc = (await import('fast-check')).default;
    const { isoString } = await import('./isoString');
    expect(isoString(Date.parse('2025-04-20T14:30:00Z'))).toBe('2025-04-20T14:30:00.000Z');
    expect(isoString(Date.parse('2024-02-29T23:59:59.999Z'))).toBe('2024-02-29T23:59:59.999Z');
    expect(isoString(-1)).toBe('1969-12-31T23:59:59.999Z');
    expect(isoString(Date.parse('0000-01-01T00:00:00Z'))).toBe('0000-01-01T00:00:00.000Z');
    fc.assert(
      fc.property(fc.integer({ min: -62_167_219_200_000, max: 253_402_300_799_999 }), (ms) => {
        expect(isoString(ms)).toBe(new Date(ms).toISOString());
      }),
    );
  });
});
