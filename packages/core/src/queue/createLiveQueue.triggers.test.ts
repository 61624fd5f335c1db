import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Lead, LeadEvent } from '../lead/types';
import { collectionsHotLeadModel } from '../models/collectionsHotLeadModel';
import { scoreLead } from '../scoring/scoreLead';
import { createLiveQueue, type LiveQueueTrigger } from './createLiveQueue';

const HOUR = 3_600_000;
const NOW = Date.parse('2026-01-15T18:00:00Z'); // 12:00 Chicago
const ZONE = 'America/Chicago';

function recorder() {
  const calls: Array<[string, LiveQueueTrigger]> = [];
  return { calls, onTrigger: (leadId: string, context: LiveQueueTrigger) => void calls.push([leadId, context]) };
}

describe('createLiveQueue onTrigger', () => {
  it('reports a band change as a ScoreChangeContext with the scores scoreLead gives', () => {
    const { calls, onTrigger } = recorder();
    const lead: Lead = { id: 'a', balance: 4000, phone: '555-0100' };
    const queue = createLiveQueue(collectionsHotLeadModel, { now: NOW, leads: [lead], onTrigger });
    const event: LeadEvent = { type: 'abandoned_payment', at: NOW - 60_000, value: 240 };
    const before = scoreLead(lead, collectionsHotLeadModel, { now: NOW, explain: false });
    queue.ingest('a', event);
    const after = scoreLead({ ...lead, events: [event] }, collectionsHotLeadModel, { now: NOW, explain: false });
    expect(after.band).not.toBe(before.band);
    expect(calls).toEqual([
      [
        'a',
        {
          type: 'scoreChange',
          previousScore: before.score,
          previousBand: before.band,
          score: after.score,
          band: after.band,
        },
      ],
    ]);
    // Signals decay: a week later the band falls back, and that is a change too.
    queue.advance(NOW + 7 * 24 * HOUR);
    expect(calls).toHaveLength(2);
    expect(calls[1]![1]).toMatchObject({ type: 'scoreChange', previousBand: after.band });
  });

  it('never reports a change that stays in its band, and reports once per band change (any sequence)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            type: fc.constantFrom('abandoned_payment', 'portal_visit', 'email_open', 'payment'),
            ago: fc.integer({ min: 0, max: 96 }),
          }),
          { maxLength: 12 },
        ),
        (steps) => {
          const { calls, onTrigger } = recorder();
          const queue = createLiveQueue(collectionsHotLeadModel, {
            now: NOW,
            leads: [{ id: 'a', balance: 900 }],
            onTrigger,
          });
          let band = queue.top()[0]!.band;
          let changes = 0;
          for (const s of steps) {
            queue.ingest('a', { type: s.type, at: NOW - s.ago * HOUR });
            const now = queue.top()[0]!.band;
            if (now !== band) changes++;
            band = now;
          }
          expect(calls).toHaveLength(changes);
          for (const [, c] of calls) if (c.type === 'scoreChange') expect(c.band).not.toBe(c.previousBand);
        },
      ),
      { seed: 1616, numRuns: 60 },
    );
  });

  it('calls back once the queue is up to date', () => {
    const seen: Array<number | undefined> = [];
    const queue = createLiveQueue(collectionsHotLeadModel, {
      now: NOW,
      leads: [{ id: 'a', balance: 4000 }],
      onTrigger: (leadId) => seen.push(queue.rankOf(leadId)),
    });
    queue.ingest('a', { type: 'abandoned_payment', at: NOW, value: 100 });
    expect(seen).toEqual([1]);
  });

  it('reports promise_broken once when a due date passes unpaid, and not for a kept promise', () => {
    const { calls, onTrigger } = recorder();
    const promise = (value: number): LeadEvent => ({
      type: 'promise_to_pay',
      at: NOW - 2 * HOUR,
      value,
      data: { dueDate: '2026-01-16' },
    });
    const leads: Lead[] = [
      { id: 'unpaid', balance: 500, events: [promise(150)] },
      { id: 'short', balance: 500, events: [promise(150), { type: 'partial_payment', at: NOW + HOUR, value: 50 }] },
      { id: 'kept', balance: 500, events: [promise(150), { type: 'payment', at: NOW + HOUR, value: 150 }] },
      { id: 'late', balance: 500, events: [promise(150), { type: 'payment', at: NOW + 40 * HOUR, value: 150 }] },
    ];
    const queue = createLiveQueue(collectionsHotLeadModel, { now: NOW, leads, alerts: { timeZone: ZONE }, onTrigger });
    queue.advance(NOW + 24 * HOUR); // Jan 16, the due date: nothing is broken yet
    expect(calls.filter(([, c]) => c.type === 'event')).toEqual([]);
    queue.advance(NOW + 36 * HOUR); // Jan 17 00:00 Chicago
    const broken = calls.filter(([, c]) => c.type === 'event');
    expect(broken).toEqual([
      ['unpaid', { type: 'event', event: 'promise_broken' }],
      ['short', { type: 'event', event: 'promise_broken' }],
      ['late', { type: 'event', event: 'promise_broken' }],
    ]);
    queue.advance(NOW + 72 * HOUR);
    expect(calls.filter(([, c]) => c.type === 'event')).toHaveLength(3);
  });

  it('refuses an onTrigger that is not a function and payment types that are not event types', () => {
    expect(() => createLiveQueue(collectionsHotLeadModel, { now: NOW, onTrigger: 1 as never })).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', path: ['onTrigger'] }),
    );
    expect(() => createLiveQueue(collectionsHotLeadModel, { now: NOW, paymentTypes: [''] })).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', path: ['paymentTypes'] }),
    );
  });
});
