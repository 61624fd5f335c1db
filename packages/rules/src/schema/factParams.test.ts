import { describe, expect, it } from 'vitest';
import type { Rule } from '../types';
import { ruleIssues } from './ruleIssues';
import { validateRule } from './validateRule';

const rule = (leaf: Record<string, unknown>) =>
  ({
    id: 'r',
    name: 'R',
    trigger: { type: 'event', events: ['quote_request'] },
    conditions: { all: [leaf] },
    actions: [{ type: 'addTag', tag: 't' }],
  }) as unknown as Rule;

describe('fact params', () => {
  it("normalizes { fact: 'hoursSince', params: { type } } to the catalog id hoursSince.<type>", () => {
    const written = rule({ fact: 'hoursSince', params: { type: 'quote_request' }, operator: 'lessThan', value: 24 });
    const canonical = rule({ fact: 'hoursSince.quote_request', operator: 'lessThan', value: 24 });
    expect(validateRule(written)).toEqual(validateRule(canonical));
    expect('params' in (validateRule(written).conditions as { all: object[] }).all[0]!).toBe(false);
  });

  it('refuses params on a fact that takes none, and a wrong params shape, at params', () => {
    for (const [leaf, re] of [
      [{ fact: 'budget', params: { currency: 'USD' }, operator: 'greaterThan', value: 1 }, /takes no params/],
      [{ fact: 'hoursSince', params: { event: 'x' }, operator: 'lessThan', value: 1 }, /takes params \{ type \}/],
      [{ fact: 'hoursSince', params: { type: '' }, operator: 'lessThan', value: 1 }, /takes params \{ type \}/],
      [{ fact: 'hoursSince', params: { type: 'a', extra: 1 }, operator: 'lessThan', value: 1 }, /takes params/],
    ] as const) {
      expect(() => validateRule(rule(leaf)), JSON.stringify(leaf)).toThrow(re);
      const issues = ruleIssues(rule(leaf));
      expect(issues.map((i) => i.path.join('.'))).toContain('conditions.all.0.params');
    }
  });
});
