import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Lead, LeadEvent } from '../lead/types';
import type { ScoringModel } from '../scoring/types';
import { collectionsHotLeadModel } from '../models/collectionsHotLeadModel';
import { regFPolicy } from '../policy/regFPolicy';
import type { ContactAttempt } from '../policy/types';
import { rankQueue } from './rankQueue';
import { bandRank, displayScore } from '../scoring/bands';
import { scoreLead } from '../scoring/scoreLead';
import { createLiveQueue, type LiveQueue } from './createLiveQueue';

const HOUR = 3_600_000;
const NOW = Date.parse('2026-01-15T18:00:00Z'); // 13:00 New York
const TYPES = [
  'portal_visit',
  'abandoned_payment',
  'partial_payment',
  'promise_to_pay',
  'email_open',
  'email_click',
  'sms_reply',
  'inbound_call',
  'payment',
];
const ZONES = ['America/New_York', 'America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Honolulu'];

// A model where some events LOWER a score (more unanswered emails and texts, fewer points), so
// accounts also sink inside the heap and fall out of the top N.
const fatigueModel: ScoringModel = {
  id: 'fatigue',
  name: 'Fatigue',
  criteria: [
    {
      id: 'signals',
      label: 'Signals',
      group: 'Intent',
      weight: 3,
      maxPoints: 40,
      evaluation: {
        kind: 'decayedSignals',
        signals: {
          portal_visit: { points: 30, halfLifeHours: 12 },
          abandoned_payment: { points: 40, halfLifeHours: 6 },
        },
      },
    },
    {
      id: 'fresh',
      label: 'Not over-contacted',
      group: 'Contact',
      weight: 2,
      maxPoints: 10,
      evaluation: {
        kind: 'eventCount',
        types: ['email_open', 'sms_reply', 'email_click'],
        steps: [
          { min: 0, points: 10 },
          { min: 1, points: 5 },
          { min: 3, points: 0 },
        ],
      },
    },
    {
      id: 'balance',
      label: 'Balance',
      group: 'Value',
      field: 'balance',
      weight: 1,
      maxPoints: 10,
      evaluation: { kind: 'linear', from: [0, 0], to: [10000, 10] },
    },
  ],
};
const eventArb: fc.Arbitrary<LeadEvent> = fc.record({
  type: fc.constantFrom(...TYPES),
  at: fc.integer({ min: NOW - 300 * HOUR, max: NOW + 30 * HOUR }),
  value: fc.constantFrom(25, 100, 240),
});
const leadArb = (id: string): fc.Arbitrary<Lead> =>
  fc.record({
    id: fc.constant(id),
    balance: fc.constantFrom(100, 500, 2500, 9000),
    timeZone: fc.constantFrom(...ZONES),
    flags: fc.constantFrom([], [], [], ['dispute']),
    events: fc.array(eventArb, { maxLength: 4 }),
  });
const idArb = fc.constantFrom(...Array.from({ length: 10 }, (_, i) => `acct-${i}`));
type Op =
  | { op: 'upsert'; lead: Lead }
  | { op: 'ingest'; id: string; event: LeadEvent }
  | { op: 'touch'; attempt: ContactAttempt }
  | { op: 'remove'; id: string };
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: idArb.chain(leadArb).map((lead): Op => ({ op: 'upsert', lead })) },
  { weight: 5, arbitrary: fc.record({ id: idArb, event: eventArb }).map((o): Op => ({ op: 'ingest', ...o })) },
  {
    weight: 2,
    arbitrary: fc
      .record({
        leadId: idArb,
        at: fc.integer({ min: NOW - 8 * 24 * HOUR, max: NOW }),
        outcome: fc.constantFrom('no-answer', 'conversation', 'voicemail'),
      })
      .map((a): Op => ({
        op: 'touch',
        attempt: { leadId: a.leadId, channel: 'call', at: a.at, outcome: a.outcome as ContactAttempt['outcome'] },
      })),
  },
  { weight: 1, arbitrary: idArb.map((id): Op => ({ op: 'remove', id })) },
);

function apply(queue: LiveQueue, op: Op): void {
  if (op.op === 'upsert') queue.upsert(op.lead);
  else if (op.op === 'ingest') {
    if (queue.leads().some((l) => l.id === op.id)) queue.ingest(op.id, op.event);
  } else if (op.op === 'touch') queue.recordAttempt(op.attempt);
  else queue.remove(op.id);
}

const view = (entries: Array<{ leadId: string; score: number; rank: number; band: string; eligible: boolean }>) =>
  entries.map((e) => ({ id: e.leadId, score: e.score, rank: e.rank, band: e.band, eligible: e.eligible }));

describe('createLiveQueue', () => {
  it('after any sequence of changes at one now, and after advance(now), the top N equals rankQueue on the same book', () => {
    fc.assert(
      fc.property(
        fc.array(opArb, { maxLength: 60, size: 'max' }),
        fc.integer({ min: 1, max: 6 }),
        fc.boolean(),
        fc.integer({ min: 0, max: 72 }),
        fc.constantFrom(collectionsHotLeadModel, fatigueModel),
        (ops, limit, withPolicy, laterHours, model) => {
          const policy = withPolicy ? regFPolicy : undefined;
          const queue = createLiveQueue(model, { now: NOW, limit, ...(policy ? { policy } : {}) });
          for (const op of ops) apply(queue, op);
          const check = (now: number) => {
            const ranked = rankQueue(queue.leads(), model, {
              now,
              limit,
              ...(policy ? { policy, touches: queue.touches() } : {}),
            });
            const eligible = ranked.filter((e) => e.eligible);
            const top = queue.top();
            expect(view(top)).toEqual(view(eligible));
            expect(top.map((e) => e.reasons)).toEqual(eligible.map((e) => e.reasons));
            expect(view(queue.blocked())).toEqual(view(ranked.filter((e) => !e.eligible)));
            expect(queue.blocked().map((e) => [e.blockedReasons, e.nextEligibleAt])).toEqual(
              ranked.filter((e) => !e.eligible).map((e) => [e.blockedReasons, e.nextEligibleAt]),
            );
            for (const [i, e] of top.entries()) expect(queue.rankOf(e.leadId)).toBe(i + 1);
          };
          check(NOW);
          queue.advance(NOW);
          check(NOW);
          queue.advance(NOW + laterHours * HOUR);
          check(NOW + laterHours * HOUR);
        },
      ),
    );
  });

  it('keeps the top N in order as events arrive and announces intent signals with reasons', () => {
    const book: Lead[] = Array.from({ length: 20 }, (_, i) => ({
      id: `a${String(i).padStart(2, '0')}`,
      balance: 100 * (i + 1),
      phone: '555',
      timeZone: 'America/Chicago',
    }));
    const queue = createLiveQueue(collectionsHotLeadModel, {
      now: NOW,
      limit: 3,
      leads: book,
      alerts: { timeZone: 'America/Chicago' },
    });
    expect(queue.size).toBe(20);
    expect(queue.top().map((e) => e.leadId)).toEqual(['a19', 'a18', 'a17']);
    const payment = { type: 'abandoned_payment', at: NOW - 60_000, value: 240 };
    const before = scoreLead(book[2]!, collectionsHotLeadModel, { now: NOW });
    const after = scoreLead({ ...book[2]!, events: [payment] }, collectionsHotLeadModel, { now: NOW });
    expect(bandRank(after.band)).toBeGreaterThan(bandRank(before.band));
    const alerts = queue.ingest('a02', payment);
    expect(alerts[0]).toMatchObject({ kind: 'intent-signal', leadId: 'a02', severity: 'urgent' });
    // One alert: the payment lifted a quiet account into a higher band, and it says so.
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.reason).toBe(
      `Abandoned a $240.00 payment — now ${displayScore(after.score)} (${after.band}), up from ${displayScore(before.score)} (${before.band})`,
    );
    expect(queue.top()[0]!.leadId).toBe('a02');
    expect(queue.top()[0]!.reasons[0]).toMatch(/Abandoned a \$240\.00 payment/);
    expect(queue.rankOf('a02')).toBe(1);
    expect(queue.rankOf('a00')).toBeUndefined();
    expect(queue.remove('a02')).toBe(true);
    expect(queue.remove('a02')).toBe(false);
    expect(queue.top().map((e) => e.leadId)).toEqual(['a19', 'a18', 'a17']);
  });

  it('lets signals decay when time advances, and announces future events and promises when they come due', () => {
    const queue = createLiveQueue(collectionsHotLeadModel, {
      now: NOW,
      limit: 2,
      alerts: { timeZone: 'America/Chicago' },
    });
    queue.upsert({ id: 'big', balance: 5000, phone: '555' });
    queue.upsert({ id: 'small', balance: 50, phone: '555' });
    queue.ingest('small', { type: 'portal_visit', at: NOW });
    expect(queue.top()[0]!.leadId).toBe('small');
    // A promise made now, due the day after tomorrow (Chicago), and a visit stamped in an hour.
    expect(
      queue
        .ingest('big', { type: 'promise_to_pay', at: NOW, value: 300, data: { dueDate: '2026-01-17' } })
        .map((a) => a.kind),
    ).toEqual(['intent-signal']);
    expect(queue.ingest('big', { type: 'portal_visit', at: NOW + HOUR })).toEqual([]);
    const later = queue.advance(NOW + HOUR);
    // The visit lifts the account's band: one alert says both.
    expect(later.map((a) => [a.kind, a.leadId, a.eventType, a.previousBand])).toEqual([
      ['intent-signal', 'big', 'portal_visit', expect.any(String)],
    ]);
    const dueDay = queue.advance(Date.parse('2026-01-17T15:00:00Z'));
    expect(dueDay.filter((a) => a.kind === 'promise-due').map((a) => a.reason)).toEqual([
      expect.stringMatching(/^Promised \$300\.00 is due today/),
    ]);
    expect(queue.advance(Date.parse('2026-01-17T16:00:00Z')).filter((a) => a.kind === 'promise-due')).toEqual([]);
    expect(queue.now).toBe('2026-01-17T16:00:00.000Z');
    expect(() => queue.advance(NOW)).toThrowError(expect.objectContaining({ code: 'INVALID_ARGUMENT', path: ['now'] }));
  });

  it('moves an account out of the top N when the policy blocks it and back when it clears', () => {
    const leads: Lead[] = [
      { id: 'x', balance: 900, timeZone: 'America/New_York', events: [{ type: 'portal_visit', at: NOW - HOUR }] },
      { id: 'y', balance: 100, timeZone: 'America/New_York' },
    ];
    const queue = createLiveQueue(collectionsHotLeadModel, { now: NOW, limit: 5, leads, policy: regFPolicy });
    expect(queue.top().map((e) => e.leadId)).toEqual(['x', 'y']);
    queue.recordAttempt({ leadId: 'x', channel: 'call', at: NOW - 60_000, outcome: 'conversation' });
    expect(queue.top().map((e) => e.leadId)).toEqual(['y']);
    const [blocked] = queue.blocked();
    expect(blocked).toMatchObject({
      leadId: 'x',
      eligible: false,
      rank: 2,
      nextEligibleAt: '2026-01-22T13:00:00.000Z',
    });
    expect(blocked!.blockedReasons[0]).toMatch(/^Spoke with the consumer Thu 12:59 local — no calls for 7 days/);
    queue.advance('2026-01-22T13:00:00Z');
    expect(queue.blocked()).toEqual([]);
    expect(
      queue
        .top()
        .map((e) => e.leadId)
        .sort(),
    ).toEqual(['x', 'y']);
  });

  it('refuses bad input with HotleadsError', () => {
    const queue = createLiveQueue(collectionsHotLeadModel, { now: NOW });
    expect(() => queue.ingest('nope', { type: 'portal_visit', at: NOW })).toThrowError(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
    queue.upsert({ id: 'a' });
    expect(() => queue.ingest('a', { type: 'portal_visit', at: '2026-01-15 10:00' })).toThrowError(
      expect.objectContaining({ code: 'INVALID_LEAD', path: ['event', 'at'] }),
    );
    expect(() => createLiveQueue(collectionsHotLeadModel, { now: NOW, limit: 0 })).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() =>
      createLiveQueue(collectionsHotLeadModel, { now: NOW, leads: [{ id: 'ok' }, { id: '' }] }),
    ).toThrowError(expect.objectContaining({ code: 'INVALID_LEAD', path: ['leads', 1, 'id'] }));
    expect(() => queue.upsert({ id: 'b', events: [{ type: 'x', at: 'yesterday' }] })).toThrowError(
      expect.objectContaining({ code: 'INVALID_LEAD' }),
    );
    expect(queue.size).toBe(1);
  });
});
