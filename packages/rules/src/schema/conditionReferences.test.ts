import { HotleadsError } from '@hotleads/core';
import { describe, expect, it } from 'vitest';
import { compileRule } from '../compile/compileRule';
import { evaluateRules } from '../evaluate/evaluateRules';
import { createMatcher } from '../evaluate/createMatcher';
import { previewRule } from '../preview/previewRule';
import type { Rule, TopLevelCondition } from '../types';
import { CONDITION_REGISTRY_MESSAGES, conditionCycleMessage } from './conditionRegistry';
import { unknownConditionMessage } from './registryFacts';
import { ruleIssues } from './ruleIssues';
import { validateRule } from './validateRule';

const NOW = '2026-03-01T12:00:00Z';
const conditions: Record<string, TopLevelCondition> = {
  bigBudget: { all: [{ fact: 'budget', operator: 'greaterThan', value: 5000 }] },
  hot: { any: [{ condition: 'bigBudget' }, { fact: 'status', operator: 'equal', value: 'Qualified' }] },
};
const rule = (c: TopLevelCondition): Rule => ({
  id: 'r1',
  name: 'Hot',
  trigger: { type: 'event', events: ['x'] },
  conditions: c,
  actions: [{ type: 'addTag', tag: 'hot' }],
});
const lead = (budget: number) => ({ id: 'l1', status: 'Untouched', budget });

function thrown(f: () => unknown): HotleadsError {
  try {
    f();
  } catch (e) {
    if (e instanceof HotleadsError) return e;
    throw e;
  }
  throw new Error('did not throw');
}

describe('named condition references', () => {
  it('keep the reference in the normalized rule, nested and at the root', () => {
    expect(validateRule(rule({ condition: 'hot' }), { conditions }).conditions).toEqual({ condition: 'hot' });
    expect(validateRule(rule({ not: { condition: 'hot' } }), { conditions }).conditions).toEqual({
      not: { condition: 'hot' },
    });
  });

  it('refuse an unknown name at the reference, in validateRule and ruleIssues', () => {
    const r = rule({ all: [{ fact: 'budget', operator: 'greaterThan', value: 1 }, { condition: 'missing' }] });
    const e = thrown(() => validateRule(r, { conditions }));
    expect(e.code).toBe('INVALID_RULE');
    expect(e.path).toEqual(['conditions', 'all', 1]);
    expect(e.detail).toBe(unknownConditionMessage('missing'));
    expect(ruleIssues(r, { conditions })).toEqual([
      {
        path: ['conditions', 'all', 1],
        code: 'INVALID_RULE',
        message: unknownConditionMessage('missing'),
        kind: 'wrong',
      },
    ]);
    expect(thrown(() => validateRule(rule({ condition: 'hot' }))).detail).toBe(unknownConditionMessage('hot'));
  });

  it('refuse a cycle through references, naming it', () => {
    const cyclic = { a: { all: [{ condition: 'b' }] }, b: { not: { condition: 'a' } } };
    const e = thrown(() => validateRule(rule({ condition: 'a' }), { conditions: cyclic }));
    expect(e.code).toBe('INVALID_RULE');
    expect(e.detail).toBe(conditionCycleMessage(['a', 'b', 'a']));
  });

  it('check registry entries like conditions', () => {
    const bad = { x: { all: [{ fact: 'nope', operator: 'equal', value: 1 }] } };
    const e = thrown(() => validateRule(rule({ condition: 'x' }), { conditions: bad }));
    expect(e.code).toBe('INVALID_RULE');
    expect(e.path).toEqual(['conditions', 'x', 'all', 0, 'fact']);
    expect(thrown(() => validateRule(rule({ condition: 'x' }), { conditions: [] as never })).code).toBe(
      'INVALID_ARGUMENT',
    );
  });

  it('evaluate as the registered condition, explained as a reference node over its result', () => {
    const r = rule({ all: [{ condition: 'hot' }] });
    for (const budget of [100, 9000]) {
      const got = evaluateRules([r], lead(budget), { now: NOW, conditions });
      expect(got.fired.length).toBe(budget > 5000 ? 1 : 0);
      const explanation = got.fired[0]?.explanation ?? got.skipped[0]?.explanation;
      expect(explanation).toMatchObject({
        kind: 'all',
        pass: budget > 5000,
        conditions: [
          {
            kind: 'reference',
            reference: 'hot',
            pass: budget > 5000,
            conditions: [
              { kind: 'any', conditions: [{ kind: 'reference', reference: 'bigBudget' }, { kind: 'fact' }] },
            ],
          },
        ],
      });
      const m = createMatcher([r], { now: NOW, conditions });
      const out: boolean[] = [];
      m.matches(lead(budget), out);
      expect(out).toEqual([budget > 5000]);
    }
    expect(compileRule(r, { conditions }).facts).toEqual(expect.arrayContaining(['budget', 'status']));
    const report = previewRule(r, [lead(100), lead(9000)], { now: NOW, conditions });
    expect(report.matched).toBe(1);
  });
});

describe('named conditions, references followed', () => {
  it('are bounded like a condition tree: depth and size', () => {
    const leafC = { fact: 'budget', operator: 'greaterThan', value: 1 };
    const chain: Record<string, TopLevelCondition> = { n0: { all: [leafC] } };
    for (let i = 1; i <= 70; i++) chain[`n${i}`] = { not: { condition: `n${i - 1}` } };
    expect(thrown(() => validateRule(rule({ condition: 'n1' }), { conditions: chain })).detail).toBe(
      CONDITION_REGISTRY_MESSAGES.depth,
    );
    const doubling: Record<string, TopLevelCondition> = { d0: { all: [leafC] } };
    for (let i = 1; i <= 20; i++) doubling[`d${i}`] = { all: [{ condition: `d${i - 1}` }, { condition: `d${i - 1}` }] };
    expect(thrown(() => validateRule(rule({ condition: 'd1' }), { conditions: doubling })).detail).toBe(
      CONDITION_REGISTRY_MESSAGES.size,
    );
  });
});

describe('a rule, references followed', () => {
  it('is bounded in size like a condition tree', () => {
    const big: Record<string, TopLevelCondition> = {
      big: { any: Array.from({ length: 5000 }, (_, i) => ({ fact: 'budget', operator: 'equal', value: i })) },
    };
    expect(validateRule(rule({ all: [{ condition: 'big' }] }), { conditions: big }).conditions).toEqual({
      all: [{ condition: 'big' }],
    });
    const e = thrown(() =>
      validateRule(rule({ all: [{ condition: 'big' }, { condition: 'big' }, { condition: 'big' }] }), {
        conditions: big,
      }),
    );
    expect(e.code).toBe('INVALID_RULE');
    expect(e.path).toEqual(['conditions']);
  });
});
