import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatAmount, JPY, KWD, localDate, USD } from '@hotleads/core';
import { resolveSettings } from '../settings/settings';
import { formatPaymentAmount } from './formatPaymentAmount';
import { formatPaymentDate } from './formatPaymentDate';
import { createPaymentFormatter } from './createPaymentFormatter';

describe('formatPaymentAmount', () => {
  it("writes the currency's symbol and exactly its minorUnit decimals, negatives with U+2212", () => {
    expect(formatPaymentAmount('145.50', { currency: USD })).toBe('$145.50');
    expect(formatPaymentAmount('145.5', { currency: USD })).toBe('$145.50');
    expect(formatPaymentAmount('-4.50', { currency: USD })).toBe('\u2212$4.50');
    expect(formatPaymentAmount('-4.50', { currency: USD, minusSign: 'hyphen' })).toBe('-$4.50');
    expect(formatPaymentAmount('0.00', { currency: USD })).toBe('$0.00');
    expect(formatPaymentAmount(1235, { currency: JPY })).toBe('¥1,235');
    expect(formatPaymentAmount('1.234', { currency: KWD })).toBe('KWD\u00a01.234');
    expect(formatPaymentAmount('1234.50', { currency: USD, locale: 'de-DE' })).toBe('1.234,50\u00a0$');
    expect(formatPaymentAmount('90071992547409.91', { currency: USD })).toBe('$90,071,992,547,409.91');
  });

  it('keeps every digit of any amount (fixed global seed)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (minor) => {
        const amount = formatAmount(minor, USD);
        const shown = formatPaymentAmount(amount, { currency: USD });
        expect(shown.startsWith('\u2212')).toBe(minor < 0);
        expect(shown.replace(/[\u2212$,]/g, '')).toBe(amount.replace('-', ''));
      }),
    );
  });

  it('refuses an amount with too many decimals, a bad currency, locale or option', () => {
    expect(() => formatPaymentAmount('1.005', { currency: USD })).toThrow(
      expect.objectContaining({ code: 'INVALID_AMOUNT' }),
    );
    expect(() => formatPaymentAmount('1.5', { currency: JPY })).toThrow(
      expect.objectContaining({ code: 'INVALID_AMOUNT' }),
    );
    expect(() => formatPaymentAmount('1.00', undefined as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => formatPaymentAmount('1.00', { currency: USD, locale: 'not a locale!' })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', path: ['locale'] }),
    );
    expect(() => formatPaymentAmount('1.00', { currency: USD, minusSign: 'dash' as never })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', path: ['minusSign'] }),
    );
  });
});

describe('formatPaymentDate', () => {
  const ny = { timeZone: 'America/New_York' };

  it("shows an instant on the ledger zone's wall clock, a calendar date as written", () => {
    expect(formatPaymentDate('2025-04-21T02:00:00Z', ny)).toBe('Apr 20, 2025');
    expect(formatPaymentDate('2025-04-21T02:00:00Z', { timeZone: 'UTC' })).toBe('Apr 21, 2025');
    expect(formatPaymentDate(Date.parse('2025-04-21T02:00:00Z'), ny)).toBe('Apr 20, 2025');
    for (const timeZone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/New_York'])
      expect(formatPaymentDate('2026-04-20', { timeZone, timeStyle: 'short' })).toBe('Apr 20, 2026');
    expect(formatPaymentDate('2025-04-20T14:30:00Z', { ...ny, timeStyle: 'short' })).toMatch(
      /^Apr 20, 2025, 10:30\sAM$/,
    );
    expect(formatPaymentDate('2026-04-20', { ...ny, locale: 'en-GB' })).toBe('20 Apr 2026');
    expect(formatPaymentDate('2026-04-20', { ...ny, locale: 'de-DE', dateStyle: 'long' })).toBe('20. April 2026');
  });

  it('writes a date-fns pattern in the zone, across a daylight-saving change', () => {
    expect(formatPaymentDate('2025-04-20T14:30:00Z', { ...ny, pattern: 'yyyy-MM-dd HH:mm' })).toBe('2025-04-20 10:30');
    expect(formatPaymentDate('2025-03-09T06:30:00Z', { ...ny, pattern: 'HH:mm' })).toBe('01:30');
    expect(formatPaymentDate('2025-03-09T07:30:00Z', { ...ny, pattern: 'HH:mm' })).toBe('03:30');
    expect(formatPaymentDate('2026-04-20', { timeZone: 'Pacific/Kiritimati', pattern: 'd MMM yyyy' })).toBe(
      '20 Apr 2026',
    );
  });

  it("agrees with core's localDate on the calendar date of any instant in any zone (fixed global seed)", () => {
    const zones = ['America/New_York', 'Asia/Kolkata', 'Pacific/Chatham', 'Europe/London', 'UTC', 'Pacific/Apia'];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) }),
        fc.constantFrom(...zones),
        (ms, timeZone) => {
          expect(formatPaymentDate(ms, { timeZone, pattern: 'yyyy-MM-dd' })).toBe(localDate(ms, timeZone));
        },
      ),
    );
  });

  it('refuses a time without a zone, a bad zone, locale, style or pattern', () => {
    const code = (c: string, path?: unknown[]) => expect.objectContaining(path ? { code: c, path } : { code: c });
    expect(() => formatPaymentDate('2025-04-20T14:30:00', ny)).toThrow(code('INVALID_TIME'));
    expect(() => formatPaymentDate('2025-02-30', ny)).toThrow(code('INVALID_TIME'));
    expect(() => formatPaymentDate('2025-04-20', { timeZone: '-05:00' })).toThrow(
      code('INVALID_ARGUMENT', ['timeZone']),
    );
    expect(() => formatPaymentDate('2025-04-20', { ...ny, locale: 'not a locale!' })).toThrow(
      code('INVALID_ARGUMENT', ['locale']),
    );
    expect(() => formatPaymentDate('2025-04-20', { ...ny, dateStyle: 'tiny' as never })).toThrow(
      code('INVALID_ARGUMENT', ['dateStyle']),
    );
    expect(() => formatPaymentDate('2025-04-20', { ...ny, pattern: 'yyyy-jj' })).toThrow(
      code('INVALID_ARGUMENT', ['pattern']),
    );
  });
});

describe('createPaymentFormatter', () => {
  it("binds the ledger's currency and zone to one locale and date format", () => {
    const settings = resolveSettings({ timeZone: 'America/New_York', currency: KWD });
    const f = createPaymentFormatter(settings, { locale: 'en-GB', datePattern: 'dd/MM/yyyy' });
    expect(f.money('-1.250')).toBe('\u2212KWD\u00a01.250');
    expect(f.date('2025-04-21T02:00:00Z')).toBe('20/04/2025');
    expect(f.dateTime('2025-04-20T14:30:00Z')).toBe('20 Apr 2025, 10:30');
    expect(() => createPaymentFormatter(settings, 'en-GB' as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});
