import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BANDS } from '../scoring/bands';
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
  it('announces a high-value intent signal with its amount, and the jump into HOT on the same alert', () => {
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
        severity: 'urgent',
        leadId: 'a1',
        at: '2026-01-15T17:58:00.000Z',
        title: 'Abandoned payment',
        reason: 'Abandoned a $240.00 payment — now 86 (HOT), up from 55 (WARM)',
        score: 86.7,
        band: 'HOT',
        previousBand: 'WARM',
        eventType: 'abandoned_payment',
        amount: 240,
      },
    ]);
  });

  it('raises a band-up alert of its own when no event raised one', () => {
    expect(detectAlerts(score(55.2, 'WARM'), score(86.7, 'HOT'), [], { now })).toEqual([
      {
        id: `band-up:a1:${Date.parse(now)}:HOT`,
        kind: 'band-up',
        severity: 'important',
        leadId: 'a1',
        at: '2026-01-15T18:00:00.000Z',
        title: 'Now HOT',
        reason: 'Rose from 55 (WARM) to 86 (HOT)',
        score: 86.7,
        band: 'HOT',
        previousBand: 'WARM',
      },
    ]);
    // An event that is no signal (an email opened) does not take the band change.
    expect(
      detectAlerts(score(55.2, 'WARM'), score(86.7, 'HOT'), [{ type: 'email_open', at: now }], { now }).map(
        (a) => a.kind,
      ),
    ).toEqual(['band-up']);
  });

  it('raises one alert per event, never two: the band rise goes on the newest signal, the more urgent severity wins', () => {
    const events = [
      { type: 'portal_visit', at: '2026-01-15T17:00:00Z' },
      { type: 'portal_visit', at: '2026-01-15T17:30:00Z' },
    ];
    const alerts = detectAlerts(score(65, 'HIGH'), score(85, 'HOT'), events, { now });
    expect(alerts.map((a) => [a.kind, a.at, a.previousBand, a.severity])).toEqual([
      ['intent-signal', '2026-01-15T17:00:00.000Z', undefined, 'important'],
      ['intent-signal', '2026-01-15T17:30:00.000Z', 'HIGH', 'important'],
    ]);
    const signals = { quiet_signal: { title: 'Quiet', text: 'Did a quiet thing', severity: 'notice' as const } };
    const [lifted] = detectAlerts(score(65, 'HIGH'), score(85, 'HOT'), [{ type: 'quiet_signal', at: now }], {
      now,
      signals,
    });
    expect(lifted).toMatchObject({ severity: 'important', previousBand: 'HIGH' });
  });

  it('property: one alert per event at most, and a band-up alert only when no event raised one', () => {
    const band = fc.constantFrom(...BANDS);
    const event = fc.record({
      type: fc.constantFrom('abandoned_payment', 'portal_visit', 'promise_to_pay', 'email_open', 'partial_payment'),
      at: fc.integer({ min: Date.parse(now) - 86_400_000, max: Date.parse(now) + 3_600_000 }),
      value: fc.option(fc.integer({ min: 1, max: 5000 }), { nil: undefined }),
      data: fc.option(fc.constant({ dueDate: '2026-01-15' }), { nil: undefined }),
    });
    fc.assert(
      fc.property(
        fc.option(fc.tuple(fc.double({ min: 0, max: 100, noNaN: true }), band), { nil: undefined }),
        fc.tuple(fc.double({ min: 0, max: 100, noNaN: true }), band),
        fc.array(event, { maxLength: 6 }),
        (before, [afterScore, afterBand], events) => {
          const alerts = detectAlerts(
            before && score(before[0], before[1]),
            score(afterScore, afterBand),
            events.map((e) => ({ ...e, at: new Date(e.at).toISOString() })),
            { now, timeZone: 'America/Chicago' },
          );
          const seen = events.filter((e) => e.at <= Date.parse(now));
          const fromEvents = alerts.filter((a) => a.kind !== 'band-up');
          expect(fromEvents.length).toBeLessThanOrEqual(seen.length);
          const keys = fromEvents.map((a) => `${a.eventType}@${a.at}`);
          expect(new Set(keys).size).toBe(keys.length);
          const bandUps = alerts.filter((a) => a.kind === 'band-up');
          expect(bandUps.length).toBeLessThanOrEqual(fromEvents.length === 0 ? 1 : 0);
          expect(alerts.filter((a) => a.previousBand !== undefined).length).toBeLessThanOrEqual(1);
        },
      ),
    );
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
    // One alert for the one event: that the promise is due says more than that it was made.
    expect(alerts.map((a) => a.kind)).toEqual(['promise-due']);
    expect(alerts[0]!.reason).toBe('Promised $150.00 is due today — 75 (HIGH)');
    // 18:00Z on the 15th is already the 16th in Tokyo.
    expect(
      detectAlerts(score(70, 'HIGH'), score(75, 'HIGH'), [promise], { now, timeZone: 'Asia/Tokyo' }).map((a) => a.kind),
    ).toEqual(['intent-signal']);
    expect(
      detectAlerts(score(70, 'HIGH'), score(75, 'HIGH'), [{ ...promise, data: { dueAt: '2026-01-15T23:00:00Z' } }], {
        now,
        timeZone: 'America/Chicago',
      }),
    ).toHaveLength(1);
  });

  it('uses custom signals and is deterministic', () => {
    const options = {
      now,
      signals: {
        quote_request: { title: 'Quote request', text: 'Asked for a {amount} quote', severity: 'important' as const },
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
