import { describe, expect, it } from 'vitest';
import type { LeadScore } from '../scoring/types';
import { detectAlerts } from './detectAlerts';

const now = '2026-01-15T18:00:00Z';
const score = (value: number, band: LeadScore['band']): LeadScore => ({
  leadId: 'a1',
  score: value,
  band,
  achieved: value,
  possible: 100,
  contributions: [],
  reasons: [],
});

describe('detectAlerts', () => {
  it('announces a high-value intent signal with its amount, and the jump into HOT', () => {
    const alerts = detectAlerts(
      score(55.2, 'WARM'),
      score(86.7, 'HOT'),
      [{ type: 'abandoned_payment', at: '2026-01-15T17:58:00Z', value: 240 }],
      { now },
    );
    expect(alerts).toEqual([
      {
        id: `intent-signal:a1:${Date.parse('2026-01-15T17:58:00Z')}:abandoned_payment`,
        kind: 'intent-signal',
        severity: 'critical',
        leadId: 'a1',
        at: '2026-01-15T17:58:00.000Z',
        title: 'Abandoned payment',
        reason: 'Abandoned a $240.00 payment — now 86 (HOT)',
        score: 86.7,
        band: 'HOT',
        eventType: 'abandoned_payment',
        amount: 240,
      },
      {
        id: `band-up:a1:${Date.parse(now)}:HOT`,
        kind: 'band-up',
        severity: 'high',
        leadId: 'a1',
        at: '2026-01-15T18:00:00.000Z',
        title: 'Now HOT',
        reason: 'Rose from 55 (WARM) to 86 (HOT)',
        score: 86.7,
        band: 'HOT',
        previousBand: 'WARM',
      },
    ]);
  });

  it('says a quiet account rose from no recent activity rather than "from 0"', () => {
    const [alert] = detectAlerts(score(0, 'COLD'), score(81.2, 'HOT'), [], { now });
    expect(alert?.reason).toBe('Rose from no recent activity to 81 (HOT)');
  });

  it('words signals without an amount, and ignores low-value and future events', () => {
    const alerts = detectAlerts(
      score(70, 'HIGH'),
      score(72, 'HIGH'),
      [
        { type: 'portal_visit', at: now },
        { type: 'email_open', at: now },
        { type: 'partial_payment', at: '2026-01-15T19:00:00Z', value: 50 },
      ],
      { now },
    );
    expect(alerts.map((a) => a.reason)).toEqual(['Visited the payment portal — now 72 (HIGH)']);
  });

  it('raises a band alert only for a rise to at least minBand, and for a new HOT account', () => {
    expect(detectAlerts(score(30, 'COLD'), score(45, 'WARM'), [], { now })).toEqual([]);
    expect(detectAlerts(score(30, 'COLD'), score(45, 'WARM'), [], { now, minBand: 'WARM' })).toHaveLength(1);
    expect(detectAlerts(score(90, 'HOT'), score(65, 'HIGH'), [], { now })).toEqual([]);
    expect(detectAlerts(undefined, score(81, 'HOT'), [], { now })[0]!.reason).toBe('New account at 81 (HOT)');
  });

  it('announces a promise due today in the consumer zone only', () => {
    const promise = { type: 'promise_to_pay', at: '2026-01-15T16:00:00Z', value: 150, data: { dueDate: '2026-01-15' } };
    const alerts = detectAlerts(score(70, 'HIGH'), score(75, 'HIGH'), [promise], { now, timeZone: 'America/Chicago' });
    expect(alerts.map((a) => a.kind)).toEqual(['intent-signal', 'promise-due']);
    expect(alerts[1]!.reason).toBe('Promised $150.00 is due today — 75 (HIGH)');
    // 18:00Z on the 15th is already the 16th in Tokyo.
    expect(
      detectAlerts(score(70, 'HIGH'), score(75, 'HIGH'), [promise], { now, timeZone: 'Asia/Tokyo' }).map((a) => a.kind),
    ).toEqual(['intent-signal']);
    expect(
      detectAlerts(score(70, 'HIGH'), score(75, 'HIGH'), [{ ...promise, data: { dueAt: '2026-01-15T23:00:00Z' } }], {
        now,
        timeZone: 'America/Chicago',
      }),
    ).toHaveLength(2);
  });

  it('uses custom signals and is deterministic', () => {
    const options = {
      now,
      signals: {
        quote_request: { title: 'Quote request', text: 'Asked for a {amount} quote', severity: 'high' as const },
      },
    };
    const events = [{ type: 'quote_request', at: now, value: 12000 }];
    const a = detectAlerts(score(50, 'WARM'), score(52, 'WARM'), events, options);
    expect(a.map((x) => x.reason)).toEqual(['Asked for a $12,000.00 quote — now 52 (WARM)']);
    expect(detectAlerts(score(50, 'WARM'), score(52, 'WARM'), events, options)).toEqual(a);
    expect(detectAlerts(score(50, 'WARM'), score(52, 'WARM'), [{ type: 'portal_visit', at: now }], options)).toEqual(
      [],
    );
  });
});
