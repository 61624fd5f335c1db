import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PRIORITY } from '../compile/compileRule';
import { evaluateRules } from '../evaluate/evaluateRules';
import { ruleTemplates } from '../templates/ruleTemplates';
import type { Rule } from '../types';
import { moveRule, RULE_ORDER_MESSAGES, rulesInRunOrder } from './ruleOrder';

const NOW = '2026-03-01T12:00:00Z';
// Every rule fires on this lead, so evaluateRules' fired list is its run order.
const lead = { id: 'L-1', status: 'Untouched', budget: 5000 };

/** Rule sets with random priorities (some none), and two indexes into them. */
const moves = fc
  .array(fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }), { minLength: 1, maxLength: 8 })
  .chain((priorities) =>
    fc.tuple(
      fc.constant(
        priorities.map((priority, i): Rule => ({
          id: `r${i}`,
          name: `Rule ${i}`,
          trigger: { type: 'event', events: ['quote_request'] },
          conditions: { all: [{ fact: 'budget', operator: 'greaterThan', value: 0 }] },
          actions: [{ type: 'addTag', tag: `t${i}` }],
          ...(priority === undefined ? {} : { priority }),
        })),
      ),
      fc.nat({ max: priorities.length - 1 }),
      fc.nat({ max: priorities.length - 1 }),
    ),
  );

const ids = (rules: readonly Rule[]) => rules.map((r) => r.id);
const fired = (rules: readonly Rule[]) => evaluateRules(rules, lead, { now: NOW }).fired.map((f) => f.ruleId);

describe('rulesInRunOrder', () => {
  it("is evaluateRules' order: higher priority first, DEFAULT_PRIORITY without one, ties in list order", () => {
    const ordered = rulesInRunOrder(ruleTemplates);
    expect(ids(ordered).sort()).toEqual(ids(ruleTemplates).sort());
    for (let i = 1; i < ordered.length; i++)
      expect(ordered[i - 1]!.priority ?? DEFAULT_PRIORITY).toBeGreaterThanOrEqual(
        ordered[i]!.priority ?? DEFAULT_PRIORITY,
      );
    fc.assert(
      fc.property(moves, ([rules]) => {
        expect(ids(rulesInRunOrder(rules))).toEqual(fired(rules));
      }),
      { seed: 1205 },
    );
  });
});

describe('moveRule', () => {
  it('puts the rule where it was moved, runs the list in the order returned, and changes only its priority', () => {
    let changed = 0;
    fc.assert(
      fc.property(moves, ([rules, from, to]) => {
        const before = rulesInRunOrder(rules);
        const after = moveRule(rules, from, to);
        const expected = ids(before);
        const [id] = expected.splice(from, 1);
        expected.splice(to, 0, id!);
        expect(ids(after)).toEqual(expected);
        // The evaluator runs them exactly in the list's order, so the list shows the run order.
        expect(fired(after)).toEqual(expected);
        expect(ids(rulesInRunOrder(after))).toEqual(expected);
        for (const rule of after) {
          const old = before.find((r) => r.id === rule.id)!;
          if (rule.id !== id) expect(rule).toStrictEqual(old);
          else {
            const { priority: p1, ...rest1 } = rule;
            const { priority: p2, ...rest2 } = old;
            expect(rest1).toStrictEqual(rest2);
            if (p1 !== p2) changed++;
            expect(p1 === undefined || (Number.isInteger(p1) && p1 >= 1 && p1 <= 10)).toBe(true);
          }
        }
      }),
      { seed: 1206, numRuns: 500 },
    );
    expect(changed).toBeGreaterThan(0); // some moves crossed a priority
  });

  it('gives a rule moved past one of another priority that priority, and leaves a move among equals as it is', () => {
    const [a, b, c] = ruleTemplates.slice(0, 3).map((r, i) => ({ ...r, priority: [8, 5, 5][i] }));
    expect(moveRule([a!, b!, c!], 0, 1).map((r) => [r.id, r.priority])).toEqual([
      [b!.id, 5],
      [a!.id, 5],
      [c!.id, 5],
    ]);
    expect(moveRule([a!, b!, c!], 2, 1).map((r) => r.id)).toEqual([a!.id, c!.id, b!.id]);
    expect(moveRule([a!, b!, c!], 2, 1)[1]!.priority).toBe(5);
    expect(moveRule([a!, b!, c!], 2, 0)[0]!.priority).toBe(8);
  });

  it('refuses an index that names no rule', () => {
    for (const [from, to] of [
      [-1, 0],
      [0, 3],
      [0.5, 1],
      [Number.NaN, 0],
    ] as const) {
      expect(() => moveRule(ruleTemplates.slice(0, 3), from, to)).toThrow(
        expect.objectContaining({ code: 'INVALID_ARGUMENT', detail: RULE_ORDER_MESSAGES.index }),
      );
    }
  });
});
