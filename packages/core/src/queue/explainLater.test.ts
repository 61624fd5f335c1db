import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateCollectionsBook } from '../demo/generateCollectionsBook';
import type { Lead } from '../lead/types';
import { b2bLeadModel } from '../models/b2bLeadModel';
import { collectionsHotLeadModel } from '../models/collectionsHotLeadModel';
import { regFPolicy } from '../policy/regFPolicy';
import type { ContactAttempt } from '../policy/types';
import { createScorer } from '../scoring/createScorer';
import { explainedEntry } from './explainLater';
import { rankQueue } from './rankQueue';

const NOW = Date.parse('2026-11-20T19:30:00.000Z');
const HOUR = 3_600_000;

describe('rankQueue explains on demand', () => {
  const book = generateCollectionsBook({ size: 300, now: NOW, seed: 5 });
  const touches: ContactAttempt[] = book
    .filter((_, i) => i % 9 === 0)
    .map((l) => ({ leadId: l.id, channel: 'call', at: NOW - 2 * 24 * HOUR, outcome: 'conversation' }));

  it('explains nothing up front, blocked entries included, and only the entries that are read', () => {
    // Every scoring of a lead reads its events once: count the reads.
    let reads = 0;
    const counted = book.map((lead) => {
      const copy: Lead = { ...lead };
      const events = lead.events;
      Object.defineProperty(copy, 'events', {
        enumerable: true,
        get: () => {
          reads++;
          return events;
        },
      });
      return copy;
    });
    const queue = rankQueue(counted, collectionsHotLeadModel, { now: NOW, policy: regFPolicy, touches });
    expect(queue.some((e) => !e.eligible)).toBe(true);
    const afterRanking = reads;
    for (const e of queue) {
      expect(Object.prototype.hasOwnProperty.call(e, 'reasons')).toBe(false);
      expect(Object.prototype.hasOwnProperty.call(e, 'contributions')).toBe(false);
    }
    expect(reads).toBe(afterRanking);
    // Reading one entry's reasons explains that entry only, once.
    const blocked = queue.find((e) => !e.eligible)!;
    expect(blocked.reasons.length).toBeGreaterThan(0);
    expect(blocked.contributions).toHaveLength(collectionsHotLeadModel.criteria.length);
    expect(reads).toBe(afterRanking + 1);
    void queue[0]!.reasons;
    expect(reads).toBe(afterRanking + 2);
  });

  it('gives, later, exactly the eager explanation for the same lead and now (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 0, max: 48 }),
        fc.boolean(),
        fc.constantFrom(collectionsHotLeadModel, b2bLeadModel),
        (seed, hoursLater, withPolicy, model) => {
          const leads = generateCollectionsBook({ size: 40, now: NOW, seed });
          const now = NOW + hoursLater * HOUR;
          const scorer = createScorer(model);
          const options = withPolicy ? { now, policy: regFPolicy, touches } : { now };
          const queue = rankQueue(leads, scorer, options);
          const byId = new Map(leads.map((l) => [l.id, l]));
          // Read them in a shuffled order, after other scoring has reused the scorer's scratch.
          for (const l of leads) scorer(l, { now: now + HOUR, explain: true });
          for (const entry of [...queue].reverse()) {
            const eager = scorer(byId.get(entry.leadId)!, { now, explain: true });
            expect(entry.contributions).toEqual(eager.contributions);
            expect(entry.reasons).toEqual(eager.reasons);
            expect(entry.score).toBe(eager.score);
            expect(entry.band).toBe(eager.band);
          }
        },
      ),
      { numRuns: 40 },
    );
  }, 60_000);

  it('writes the explained entry to JSON and copies it with explainedEntry', () => {
    const queue = rankQueue(book, collectionsHotLeadModel, { now: NOW, limit: 3 });
    const eager = createScorer(collectionsHotLeadModel)(
      book.find((l) => l.id === queue[0]!.leadId)!,
      {
        now: NOW,
      },
    );
    const json = JSON.parse(JSON.stringify(queue[0])) as Record<string, unknown>;
    expect(json.reasons).toEqual(eager.reasons);
    const copy = explainedEntry(queue[0]!);
    expect(copy).toEqual({ ...eager, rank: 1, eligible: true, blockedReasons: [] });
    expect(Object.prototype.hasOwnProperty.call(copy, 'reasons')).toBe(true);
  });

  it('with explain: false gives entries with empty explanations as plain data', () => {
    const queue = rankQueue(book, collectionsHotLeadModel, { now: NOW, explain: false, policy: regFPolicy, touches });
    expect(queue.every((e) => e.reasons.length === 0 && e.contributions.length === 0)).toBe(true);
    expect(Object.prototype.hasOwnProperty.call(queue[0], 'reasons')).toBe(true);
  });
});
