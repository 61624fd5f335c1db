import { describe, expect, it } from 'vitest';
import { revenuePerCollectorHour } from './revenuePerCollectorHour';
import type { PaymentRecord, WorkSession } from './types';

const period = { from: '2026-01-15T00:00:00Z', to: '2026-01-16T00:00:00Z' };
const payments: PaymentRecord[] = [
  { leadId: 'a', collectorId: 'ann', at: '2026-01-15T10:00:00Z', amount: 100.1 },
  { leadId: 'b', collectorId: 'ann', at: '2026-01-15T11:00:00Z', amount: 200.2 },
  { leadId: 'c', collectorId: 'bob', at: '2026-01-15T12:00:00Z', amount: 99.7 },
  { leadId: 'd', collectorId: 'bob', at: '2026-01-16T00:00:00Z', amount: 1000 }, // next day: out
];
const sessions: WorkSession[] = [
  { collectorId: 'ann', start: '2026-01-15T08:00:00Z', end: '2026-01-15T12:00:00Z' },
  { collectorId: 'ann', start: '2026-01-15T11:00:00Z', end: '2026-01-15T13:00:00Z' }, // overlaps: counted once
  { collectorId: 'bob', start: '2026-01-14T22:00:00Z', end: '2026-01-15T02:00:00Z' }, // clipped to 2 h
];

describe('revenuePerCollectorHour', () => {
  it('divides revenue in the period by merged, clipped session hours, summing in cents', () => {
    expect(revenuePerCollectorHour(payments, sessions, period)).toEqual({
      revenue: 400,
      hours: 7,
      perHour: 400 / 7,
      display: '$57.14/h',
    });
    expect(revenuePerCollectorHour(payments, sessions, { ...period, collectorId: 'ann' })).toEqual({
      revenue: 300.3,
      hours: 5,
      perHour: 60.06,
      display: '$60.06/h',
    });
  });

  it('shows a dash when nobody worked and refuses bad input with a path', () => {
    expect(revenuePerCollectorHour(payments, [], period)).toMatchObject({ hours: 0, perHour: null, display: '—' });
    expect(() =>
      revenuePerCollectorHour([{ leadId: 'x', at: '2026-01-15T10:00:00Z', amount: Number.NaN }], [], period),
    ).toThrowError(expect.objectContaining({ code: 'INVALID_AMOUNT', path: ['payments', 0, 'amount'] }));
    expect(() => revenuePerCollectorHour([], [], { from: period.to, to: period.from })).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', path: ['to'] }),
    );
  });
});
