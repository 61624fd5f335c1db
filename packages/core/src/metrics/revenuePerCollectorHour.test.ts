import { describe, expect, it } from 'vitest';
import { revenuePerCollectorHour } from './revenuePerCollectorHour';
import { JPY, KWD } from '../money/currencies';
import type { ReceivedPayment, WorkSession } from './types';

const period = { from: '2026-01-15T00:00:00Z', to: '2026-01-16T00:00:00Z' };
const payments: ReceivedPayment[] = [
  { leadId: 'a', collectorId: 'ann', at: '2026-01-15T10:00:00Z', amount: 10010 },
  { leadId: 'b', collectorId: 'ann', at: '2026-01-15T11:00:00Z', amount: 20020 },
  { leadId: 'c', collectorId: 'bob', at: '2026-01-15T12:00:00Z', amount: 9970 },
  { leadId: 'd', collectorId: 'bob', at: '2026-01-16T00:00:00Z', amount: 100000 }, // next day: out
];
const sessions: WorkSession[] = [
  { collectorId: 'ann', start: '2026-01-15T08:00:00Z', end: '2026-01-15T12:00:00Z' },
  { collectorId: 'ann', start: '2026-01-15T11:00:00Z', end: '2026-01-15T13:00:00Z' }, // overlaps: counted once
  { collectorId: 'bob', start: '2026-01-14T22:00:00Z', end: '2026-01-15T02:00:00Z' }, // clipped to 2 h
];

describe('revenuePerCollectorHour', () => {
  it('divides revenue in the period by merged, clipped session hours, summing integer minor units', () => {
    expect(revenuePerCollectorHour(payments, sessions, period)).toEqual({
      revenue: 40000,
      hours: 7,
      perHour: 40000 / 7,
      display: '$57.14/h',
    });
    expect(revenuePerCollectorHour(payments, sessions, { ...period, collectorId: 'ann' })).toEqual({
      revenue: 30030,
      hours: 5,
      perHour: 6006,
      display: '$60.06/h',
    });
  });

  it('shows a dash when nobody worked and refuses bad input with a path', () => {
    expect(revenuePerCollectorHour(payments, [], period)).toMatchObject({ hours: 0, perHour: null, display: '—' });
    expect(() =>
      revenuePerCollectorHour([{ leadId: 'x', at: '2026-01-15T10:00:00Z', amount: Number.NaN }], [], period),
    ).toThrowError(expect.objectContaining({ code: 'INVALID_AMOUNT', path: ['payments', 0, 'amount'] }));
    // A fraction of a minor unit is not an amount: dollars passed where cents are expected.
    expect(() =>
      revenuePerCollectorHour([{ leadId: 'x', at: '2026-01-15T10:00:00Z', amount: 100.1 }], [], period),
    ).toThrowError(expect.objectContaining({ code: 'INVALID_AMOUNT', path: ['payments', 0, 'amount'] }));
    expect(() =>
      revenuePerCollectorHour(payments, sessions, { ...period, format: { currency: { code: 'usd', minorUnit: 2 } } }),
    ).toThrowError(expect.objectContaining({ code: 'INVALID_ARGUMENT', path: ['format', 'currency', 'code'] }));
    expect(() => revenuePerCollectorHour([], [], { from: period.to, to: period.from })).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', path: ['to'] }),
    );
  });

  it("reads amounts in the currency's own minor unit: yen have none, dinars three", () => {
    // The same integers mean ¥40,000 in yen and KWD 40.000 in dinars: nothing assumes cents.
    expect(revenuePerCollectorHour(payments, sessions, { ...period, format: { currency: JPY } })).toMatchObject({
      revenue: 40000,
      display: '¥5,714/h',
    });
    expect(
      revenuePerCollectorHour(payments, sessions, { ...period, collectorId: 'ann', format: { currency: KWD } }),
      // Intl puts a no-break space after a currency code.
    ).toMatchObject({ revenue: 30030, display: 'KWD\u00a06.006/h' });
  });
});
