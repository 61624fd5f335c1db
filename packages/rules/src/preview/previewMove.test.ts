import { moveLeads, type Lead } from '@hotleads/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateRules } from '../evaluate/evaluateRules';
import { ruleTemplates } from '../templates/ruleTemplates';
import type { Rule } from '../types';
import { previewMove } from './previewMove';

const NOW = '2026-03-01T12:00:00Z';
const rules: Rule[] = [
  {
    id: 'welcome-qualified',
    name: 'Welcome a qualified lead',
    trigger: { type: 'statusChange', to: 'Qualified' },
    conditions: { all: [{ fact: 'status', operator: 'equal', value: 'Qualified' }] },
    actions: [{ type: 'createTask', title: 'Call the lead', dueInHours: 4 }],
  },
  {
    id: 'recycled-from-qualified',
    name: 'A qualified lead was recycled',
    trigger: { type: 'statusChange', from: 'Qualified', to: 'Recycled' },
    conditions: { all: [{ fact: 'leadSource', operator: 'equal', value: 'Events' }] },
    actions: [{ type: 'setPriority', priority: 'High' }],
    priority: 9,
  },
  ...ruleTemplates,
];
const leads: Lead[] = [
  { id: 'a', status: 'Qualified', leadSource: 'Events' },
  { id: 'b', status: 'Qualified', leadSource: 'Lists' },
  { id: 'c', status: 'Untouched', leadSource: 'Events' },
];

describe('previewMove', () => {
  it('counts per rule the moved leads it would fire on, in execution order', () => {
    const { moved } = moveLeads(leads, 'Recycled');
    const p = previewMove(rules, moved, { now: NOW });
    expect(p.moved).toBe(3);
    expect(p.leadsFiring).toBe(1);
    expect(p.rules).toEqual([{ ruleId: 'recycled-from-qualified', name: 'A qualified lead was recycled', leads: 1 }]);
    expect(p.errors).toEqual([]);
  });

  it('lists no rule for leads already in the group (moveLeads gives no move)', () => {
    const { moved } = moveLeads(leads, 'Qualified');
    const p = previewMove(rules, moved, { now: NOW });
    expect(p.moved).toBe(1);
    expect(p.rules).toEqual([{ ruleId: 'welcome-qualified', name: 'Welcome a qualified lead', leads: 1 }]);
  });

  it('refuses moves that are not an array and a missing now', () => {
    expect(() => previewMove(rules, 'x' as never, { now: NOW })).toThrow(/array/);
    expect(() => previewMove(rules, [], {} as never)).not.toThrow(); // no lead, no time read
    const { moved } = moveLeads(leads, 'Recycled');
    expect(() => previewMove(rules, moved, {} as never)).toThrow();
  });

  it('agrees with evaluateRules lead by lead (property)', () => {
    const groups = ['Untouched', 'Nurturing', 'Qualified', 'Recycled', 'Customer'];
    const sources = ['Events', 'Lists', 'Web Forms'];
    const lead = fc.record({
      status: fc.option(fc.constantFrom(...groups), { nil: undefined }),
      leadSource: fc.constantFrom(...sources),
    });
    fc.assert(
      fc.property(fc.array(lead, { maxLength: 30 }), fc.constantFrom(...groups), (raw, to) => {
        const list: Lead[] = raw.map((l, i) => {
          const out: Lead = { id: `L${i}`, leadSource: l.leadSource };
          if (l.status !== undefined) out.status = l.status;
          return out;
        });
        const { moved } = moveLeads(list, to);
        const p = previewMove(rules, moved, { now: NOW });
        const expected = new Map<string, number>();
        let firing = 0;
        for (const m of moved) {
          const r = evaluateRules(rules, m.lead, { now: NOW, trigger: m.trigger });
          if (r.fired.length > 0) firing++;
          for (const f of r.fired) expected.set(f.ruleId, (expected.get(f.ruleId) ?? 0) + 1);
        }
        expect(p.moved).toBe(moved.length);
        expect(p.leadsFiring).toBe(firing);
        expect(new Map(p.rules.map((r) => [r.ruleId, r.leads]))).toEqual(expected);
        for (const r of p.rules) expect(r.leads).toBeLessThanOrEqual(p.leadsFiring);
      }),
      { seed: 1403, numRuns: 100 },
    );
  });
});
