import { describe, expect, it } from 'vitest';
import { customOperators } from '../operators/custom';
import { ruleTemplates } from '../templates/ruleTemplates';
import type { Rule } from '../types';
import { collectFacts } from './collectFacts';
import { createReferenceEngine } from './index';
import { toJsonRulesEngine } from './toJsonRulesEngine';

const NOW = Date.parse('2026-03-02T09:00:00Z');
const H = 3_600_000;

describe('toJsonRulesEngine', () => {
  it('gives json-rules-engine rule properties with a deep copy of the conditions', () => {
    const t = ruleTemplates[0]!;
    const j = toJsonRulesEngine(t);
    expect(j).toEqual({
      name: t.id,
      priority: 8,
      conditions: t.conditions,
      event: { type: 'hotleads.rule', params: { ruleId: t.id, name: t.name, actions: t.actions } },
    });
    expect(j.conditions).not.toBe(t.conditions);
    expect(toJsonRulesEngine({ ...t, priority: undefined } as Rule).priority).toBe(5);
  });
});

describe('createReferenceEngine', () => {
  it('runs the templates in json-rules-engine with collected facts', async () => {
    const engine = createReferenceEngine(ruleTemplates);
    const lead = { id: 'L', status: 'Untouched', leadSource: 'Events', createdAt: NOW - 30 * H, balance: 10 };
    const { events } = await engine.run(collectFacts(ruleTemplates, lead, { now: NOW }));
    expect(events.map((e) => e.params?.ruleId).sort()).toEqual([
      'abandoned-payment-alert',
      'broken-promise-follow-up',
      'new-lead-needs-outreach',
      'quote-request-qualifies',
    ]);
  });

  it('registers the custom operators as the same functions the compiled evaluator uses', async () => {
    const engine = createReferenceEngine([]);
    for (const op of customOperators) {
      const registered = (
        engine as unknown as { operators: { get(name: string): { cb: unknown; factValueValidator: unknown } } }
      ).operators.get(op.name);
      expect(registered.cb).toBe(op.callback);
      expect(registered.factValueValidator).toBe(op.factValueValidator);
    }
    const rule: Rule = {
      id: 'r',
      name: 'r',
      trigger: { type: 'event', events: ['x'] },
      conditions: {
        all: [
          { fact: 'jobTitle', operator: 'containsText', value: 'DIRECTOR' },
          { fact: 'budget', operator: 'withinRange', value: [100, 200] },
        ],
      },
      actions: [{ type: 'addTag', tag: 't' }],
    };
    const ref = createReferenceEngine([rule]);
    expect((await ref.run({ jobTitle: 'Sales Director', budget: 150 })).events).toHaveLength(1);
    expect((await ref.run({ jobTitle: 'Sales Director', budget: 250 })).events).toHaveLength(0);
  });

  it('leaves disabled rules out, and collectFacts omits undefined facts and computes derived ones', () => {
    expect(
      (createReferenceEngine([{ ...ruleTemplates[0]!, enabled: false }]) as unknown as { rules: unknown[] }).rules,
    ).toHaveLength(0);
    const facts = collectFacts(
      [ruleTemplates[0]!],
      { id: 'L', status: 'Untouched', createdAt: NOW - 2 * H },
      { now: NOW },
    );
    expect(facts).toEqual({ status: 'Untouched', hoursUntouched: 2 });
  });
});
