import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog, lead, NOW, rule } from '../__tests__/arbitraries';
import { evaluateRules } from '../evaluate/evaluateRules';
import { FactScope } from '../facts/FactScope';
import type { Condition, ConditionResult, Rule } from '../types';
import { compileRule } from './compileRule';

/** Every node's name, walking the condition tree and its explanation side by side. */
function names(c: Condition, r: ConditionResult, out: Array<[string | undefined, string | undefined]>): void {
  out.push([c.name, r.name]);
  if ('all' in c && r.kind === 'all') c.all.forEach((x, i) => names(x, r.conditions[i]!, out));
  else if ('any' in c && r.kind === 'any') c.any.forEach((x, i) => names(x, r.conditions[i]!, out));
  else if ('not' in c && r.kind === 'not') names(c.not, r.condition, out);
  else if (!('fact' in c && r.kind === 'fact'))
    throw new Error(`explanation of ${JSON.stringify(c)} has kind ${r.kind}`);
}

describe("a condition's name", () => {
  it('is kept in the explanation of a comparison, a group and a not', () => {
    const r: Rule = {
      id: 'r',
      name: 'R',
      trigger: { type: 'event', events: ['e'] },
      conditions: {
        name: 'root',
        all: [
          { name: 'big budget', fact: 'f1', operator: 'greaterThan', value: 5 },
          { name: 'not spam', not: { fact: 'status', operator: 'equal', value: 'Spam' } },
        ],
      },
      actions: [{ type: 'addTag', tag: 't' }],
    };
    const fired = evaluateRules(
      [r],
      { id: 'l', createdAt: NOW, f1: 9 },
      { now: NOW, catalog, trigger: { type: 'event', event: 'e' } },
    ).fired[0]!;
    expect(fired.explanation).toMatchObject({
      kind: 'all',
      name: 'root',
      conditions: [
        { kind: 'fact', name: 'big budget', pass: true },
        { kind: 'not', name: 'not spam', condition: { kind: 'fact', fact: 'status' } },
      ],
    });
    const notNode = (fired.explanation as Extract<ConditionResult, { kind: 'all' | 'any' }>).conditions[1]!;
    expect(notNode.kind === 'not' && 'name' in notNode.condition).toBe(false); // an unnamed child has no name key
  });

  it('property: every node of any explanation carries its condition’s name, and only it', () => {
    fc.assert(
      fc.property(rule, lead, (r, l) => {
        const c = compileRule(r, { catalog });
        const out: Array<[string | undefined, string | undefined]> = [];
        names(r.conditions, c.explain(new FactScope({ now: NOW, activeInterestEvents: [] }).reset(l)), out);
        for (const [want, got] of out) expect(got).toBe(want);
      }),
      { numRuns: 300 },
    );
  });
});
