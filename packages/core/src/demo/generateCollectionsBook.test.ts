import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLead } from '../lead/parseLead';
import { collectionsHotLeadModel } from '../models/collectionsHotLeadModel';
import { createScorer } from '../scoring/createScorer';
import { generateCollectionsBook } from './generateCollectionsBook';

const NOW = Date.parse('2026-11-22T15:00:00Z');
const optionsArb = fc.record({
  size: fc.integer({ min: 0, max: 40 }),
  now: fc.integer({ min: Date.parse('2020-01-01T00:00:00Z'), max: Date.parse('2035-01-01T00:00:00Z') }),
  seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
});

describe('generateCollectionsBook', () => {
  it('gives the same book for the same options and another book for another seed', () => {
    const a = generateCollectionsBook({ size: 50, now: NOW, seed: 7 });
    expect(generateCollectionsBook({ size: 50, now: NOW, seed: 7 })).toEqual(a);
    expect(generateCollectionsBook({ size: 50, now: NOW, seed: 8 })).not.toEqual(a);
    expect(generateCollectionsBook({ size: 50, now: NOW })).toEqual(
      generateCollectionsBook({ size: 50, now: NOW, seed: 1 }),
    );
  });

  it('makes `size` valid accounts with unique ids, positive balances in cents, events between creation and now', () => {
    fc.assert(
      fc.property(optionsArb, ({ size, now, seed }) => {
        const book = generateCollectionsBook({ size, now, seed });
        expect(book).toHaveLength(size);
        expect(new Set(book.map((a) => a.id)).size).toBe(size);
        for (const account of book) {
          expect(() => parseLead(account)).not.toThrow();
          expect(account.balance).toBeGreaterThan(0);
          expect(Math.round(account.balance * 100) / 100).toBe(account.balance);
          const created = Date.parse(account.createdAt);
          expect(created).toBeLessThan(now);
          for (const e of account.events) {
            expect(e.at as number).toBeLessThanOrEqual(now);
            expect(e.at as number).toBeGreaterThanOrEqual(Math.floor(created));
          }
          for (const flag of account.flags ?? []) expect(['dispute', 'do-not-contact', 'bankruptcy']).toContain(flag);
        }
      }),
    );
  });

  it('with isoTimes gives the same events as ISO strings', () => {
    fc.assert(
      fc.property(optionsArb, ({ size, now, seed }) => {
        const epoch = generateCollectionsBook({ size, now, seed });
        const iso = generateCollectionsBook({ size, now, seed, isoTimes: true });
        iso.forEach((account, i) => {
          expect(account.events.map((e) => e.at)).toEqual(
            epoch[i]!.events.map((e) => new Date(e.at as number).toISOString()),
          );
          expect({ ...account, events: [] }).toEqual({ ...epoch[i], events: [] });
        });
      }),
    );
  });

  it('has a few hot accounts and a cold majority', () => {
    const score = createScorer(collectionsHotLeadModel);
    const bands = generateCollectionsBook({ size: 1000, now: NOW, seed: 3 }).map((a) => score(a, { now: NOW }).band);
    const share = (band: string) => bands.filter((b) => b === band).length / bands.length;
    expect(share('HOT')).toBeGreaterThan(0);
    expect(share('HOT')).toBeLessThan(0.15);
    expect(share('COLD')).toBeGreaterThan(0.5);
  });
});
