import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateCollectionsBook } from '../demo/generateCollectionsBook';
import { collectionsHotLeadModel } from '../models/collectionsHotLeadModel';
import { createScorer } from '../scoring/createScorer';
import { HotleadsError } from '../errors/HotleadsError';
import { rankQueue } from './rankQueue';
import { compareRank } from './compareEntries';
import { TopN } from './topN';

const NOW = '2026-11-22T15:00:00Z';

describe('rankQueue', () => {
  const book = generateCollectionsBook({ size: 500, now: NOW, seed: 3 });

  it('orders by score, then balance, then id, with 1-based ranks and reasons', () => {
    const queue = rankQueue(book, collectionsHotLeadModel, { now: NOW });
    expect(queue).toHaveLength(book.length);
    queue.forEach((e, i) => expect(e.rank).toBe(i + 1));
    for (let i = 1; i < queue.length; i++) expect(queue[i - 1]!.score).toBeGreaterThanOrEqual(queue[i]!.score);
    expect(queue[0]!.reasons.length).toBeGreaterThan(0);
    expect(queue.every((e) => e.eligible && e.blockedReasons.length === 0)).toBe(true);
  });

  it('breaks ties by balance as a number (higher first), then by id', () => {
    const leads = [
      { id: 'b', balance: '90.00' },
      { id: 'a', balance: 90 },
      { id: 'c', balance: '1200.50' },
      { id: 'd' },
    ];
    const flat = {
      id: 'flat',
      name: 'Same score for all',
      criteria: [
        {
          id: 'tier',
          label: 'Tier',
          group: 'G',
          field: 'tier',
          weight: 1,
          maxPoints: 1,
          information: { kind: 'present' as const, points: 1 },
        },
      ],
    };
    expect(rankQueue(leads, flat, { now: NOW }).map((e) => e.leadId)).toEqual(['c', 'a', 'b', 'd']);
  });

  it('with a limit returns exactly the prefix of the full ranking', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 1000 }), (limit, seed) => {
        const leads = generateCollectionsBook({ size: 120, now: NOW, seed });
        const full = rankQueue(leads, collectionsHotLeadModel, { now: NOW, explain: false });
        const top = rankQueue(leads, createScorer(collectionsHotLeadModel), { now: NOW, limit, explain: false });
        expect(top).toEqual(full.slice(0, limit));
      }),
      { numRuns: 60 },
    );
  });

  it('is deterministic whatever order the book comes in', () => {
    const a = rankQueue(book, collectionsHotLeadModel, { now: NOW, limit: 25 });
    const b = rankQueue([...book].reverse(), collectionsHotLeadModel, { now: NOW, limit: 25 });
    expect(b).toEqual(a);
  });

  it('refuses a bad limit', () => {
    expect(() => rankQueue(book, collectionsHotLeadModel, { now: NOW, limit: -1 })).toThrowError(HotleadsError);
    expect(() => rankQueue(book, collectionsHotLeadModel, { now: NOW, limit: 1.5 })).toThrowError(HotleadsError);
  });
});

describe('TopN', () => {
  it('keeps the same items as sorting everything and slicing', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            score: fc.integer({ min: 0, max: 5 }),
            balance: fc.integer({ min: 0, max: 3 }),
            id: fc.string({ maxLength: 2 }),
          }),
        ),
        fc.integer({ min: 0, max: 12 }),
        (items, limit) => {
          const top = new TopN(limit, compareRank);
          for (const item of items) top.offer(item);
          expect(top.sorted()).toEqual([...items].sort(compareRank).slice(0, limit));
        },
      ),
    );
  });
});
