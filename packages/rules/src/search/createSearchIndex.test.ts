import { b2bLeadModel, isHotleadsError, type Lead } from '@hotleads/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Rule } from '../types';
import { createSearchIndex, MAX_SEARCH_LENGTH, SEARCH_MESSAGES } from './createSearchIndex';

const leads: Lead[] = [
  { id: 'l1', contactName: 'Ada Budget', companyName: 'Acme', email: 'ada@acme.test', status: 'Hot Lead' },
  { id: 'l2', contactName: 'Bob', companyName: 'Budgetly', status: 'New Lead' },
  { id: 'l3', companyName: 'Zeta', leadSource: 'Trade Show' },
];
const rules: Rule[] = [
  {
    id: 'r1',
    name: 'Big budget',
    trigger: { type: 'fieldChange', fields: ['budget'] },
    conditions: { all: [{ fact: 'budget', operator: 'greaterThan', value: 100 }] },
    actions: [{ type: 'addTag', tag: 'big' }],
  },
];

describe('createSearchIndex', () => {
  const index = createSearchIndex({ leads, criteria: b2bLeadModel.criteria, rules });

  it('indexes every record and ranks exact, prefix, word and substring matches', () => {
    expect(index.size).toBe(leads.length + b2bLeadModel.criteria.length + rules.length);
    const hits = index.search('  BUDGET ');
    expect(hits.length).toBeGreaterThan(0);
    const bob = hits.find((h) => h.id === 'l2')!;
    const ada = hits.find((h) => h.id === 'l1')!;
    expect(bob).toMatchObject({ kind: 'lead', label: 'Bob', field: 'companyName', score: 80 });
    expect(ada).toMatchObject({ kind: 'lead', label: 'Ada Budget', field: 'contactName', score: 60 });
    expect(hits.find((h) => h.id === 'r1')).toMatchObject({ kind: 'rule', label: 'Big budget' });
    expect(index.search('zeta')[0]).toMatchObject({ id: 'l3', label: 'Zeta', score: 100 });
  });

  it('filters by kind, limits, and returns nothing for an empty query', () => {
    expect(index.search('budget', { kinds: ['rule'] }).map((h) => h.kind)).toEqual(['rule']);
    expect(index.search('e', { limit: 2 })).toHaveLength(2);
    expect(index.search('   ')).toEqual([]);
    expect(createSearchIndex({}).search('a')).toEqual([]);
  });

  it('treats the query as text, never as a pattern', () => {
    const i = createSearchIndex({ leads: [{ id: 'a.*(b' }, { id: 'ab' }] });
    expect(i.search('.*(').map((h) => h.id)).toEqual(['a.*(b']);
  });

  it('refuses bad input with constant messages and a path', () => {
    const refused = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        expect(isHotleadsError(e)).toBe(true);
        return e as { message: string; path: unknown };
      }
      throw new Error('not refused');
    };
    expect(refused(() => index.search('x'.repeat(MAX_SEARCH_LENGTH + 1))).message).toContain(SEARCH_MESSAGES.query);
    expect(refused(() => index.search('x', { limit: 0 })).path).toEqual(['options', 'limit']);
    expect(refused(() => index.search('x', { kinds: ['deal' as never] })).path).toEqual(['options', 'kinds']);
    expect(refused(() => createSearchIndex({ leads: [{ name: 'x' } as never] })).path).toEqual(['leads', 0, 'id']);
    expect(refused(() => createSearchIndex({ rules: 3 as never })).path).toEqual(['rules']);
  });

  it('property: hits are sorted, within the limit, unique, and each contains the query in its field', () => {
    const word = fc.stringMatching(/^[a-c]{1,4}$/);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ id: word, contactName: word, email: word }), {
          selector: (l) => l.id,
          maxLength: 12,
        }),
        word,
        fc.integer({ min: 1, max: 20 }),
        (list, q, limit) => {
          const hits = createSearchIndex({ leads: list }).search(q, { limit });
          expect(hits.length).toBeLessThanOrEqual(limit);
          expect(new Set(hits.map((h) => h.id)).size).toBe(hits.length);
          for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score);
          for (const h of hits) {
            const l = list.find((x) => x.id === h.id)! as Record<string, string>;
            expect(l[h.field]!.toLowerCase()).toContain(q);
          }
          const all = createSearchIndex({ leads: list }).search(q, { limit: 1000 });
          const expected = list.filter((l) => [l.id, l.contactName, l.email].some((t) => t.includes(q)));
          expect(all.length).toBe(expected.length);
        },
      ),
      { seed: 14, numRuns: 200 },
    );
  });
});
