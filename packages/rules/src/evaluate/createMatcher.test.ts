import { b2bLeadModel } from '@hotleads/core';
import { describe, expect, it } from 'vitest';
import type { Rule } from '../types';
import { createMatcher } from './createMatcher';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const rule = (id: string, conditions: Rule['conditions'], priority?: number): Rule => ({
  id,
  name: id,
  trigger: { type: 'event', events: ['x'] },
  conditions,
  actions: [{ type: 'addTag', tag: id }],
  ...(priority === undefined ? {} : { priority }),
});

describe('createMatcher', () => {
  it('reports per rule, in input order, whether the conditions hold (an operator error counts as no match)', () => {
    const rules = [
      rule('low', { all: [{ fact: 'budget', operator: 'greaterThan', value: 100 }] }, 1),
      rule('bad', { all: [{ fact: 'status', operator: 'in', value: { fact: 'budget' } }] }),
      rule(
        'high',
        {
          any: [
            { fact: 'status', operator: 'equal', value: 'Untouched' },
            { fact: 'hoursUntouched', operator: 'greaterThan', value: 24 },
          ],
        },
        9,
      ),
    ];
    const m = createMatcher(rules, { now: NOW });
    expect(m.ruleIds).toEqual(['low', 'bad', 'high']);
    const out: boolean[] = [];
    expect(m.matches({ id: 'a', budget: 500, status: 'Untouched' }, out)).toBe(2);
    expect(out).toEqual([true, false, true]);
    expect(m.matches({ id: 'b', budget: 5, status: 'Qualified', createdAt: NOW - 30 * 3_600_000 }, out)).toBe(1);
    expect(out).toEqual([false, false, true]);
  });

  it('refuses score / band without a model', () => {
    const r = [rule('s', { all: [{ fact: 'band', operator: 'equal', value: 'HOT' }] })];
    expect(() => createMatcher(r, { now: NOW })).toThrow(expect.objectContaining({ code: 'MODEL_REQUIRED' }));
    expect(createMatcher(r, { now: NOW, model: b2bLeadModel }).matches({ id: 'a' }, [])).toBe(0);
  });
});
