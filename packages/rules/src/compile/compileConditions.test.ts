import type { Lead, LeadScore } from '@hotleads/core';
import { describe, expect, it } from 'vitest';
import { ACTIVE_INTEREST_EVENTS } from '../catalog/leadSources';
import { extendCatalog } from '../catalog/extendCatalog';
import { FactScope } from '../facts/FactScope';
import type { Condition, ConditionResult, Rule, TopLevelCondition } from '../types';
import { compileRule } from './compileRule';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const H = 3_600_000;
const catalog = extendCatalog([
  { id: 'x', label: 'x', type: 'text' },
  { id: 'y', label: 'y', type: 'text' },
  { id: 'profile.country', label: 'Country', type: 'text' },
]);

function rule(conditions: TopLevelCondition): Rule {
  return {
    id: 'r',
    name: 'r',
    trigger: { type: 'event', events: ['e'] },
    conditions,
    actions: [{ type: 'addTag', tag: 't' }],
  };
}
function run(cond: Condition, lead: Record<string, unknown>): boolean {
  const c = compileRule(rule({ all: [cond] }), { catalog });
  return c.matches(
    new FactScope({ now: NOW, activeInterestEvents: ACTIVE_INTEREST_EVENTS }).reset({ id: 'l', ...lead } as Lead),
  );
}

describe('compiled conditions keep json-rules-engine quirks', () => {
  it('equal is strict', () => {
    expect(run({ fact: 'x', operator: 'equal', value: 5 }, { x: 5 })).toBe(true);
    expect(run({ fact: 'x', operator: 'equal', value: 5 }, { x: '5' })).toBe(false);
    expect(run({ fact: 'x', operator: 'notEqual', value: null }, {})).toBe(true); // undefined !== null
  });

  it('comparisons check the fact with parseFloat, then compare with JavaScript semantics', () => {
    expect(run({ fact: 'x', operator: 'greaterThan', value: 5 }, { x: '12abc' })).toBe(false); // passes the check, '12abc' > 5 is false
    expect(run({ fact: 'x', operator: 'greaterThan', value: 5 }, { x: '12' })).toBe(true);
    expect(run({ fact: 'x', operator: 'greaterThan', value: 5 }, { x: [12] })).toBe(true); // parseFloat([12]) = 12
    expect(run({ fact: 'x', operator: 'lessThan', value: 5 }, { x: null })).toBe(false); // null < 5 but fails the check
    expect(run({ fact: 'x', operator: 'lessThan', value: 5 }, { x: true })).toBe(false);
    expect(run({ fact: 'x', operator: 'lessThan', value: 5 }, {})).toBe(false);
    expect(run({ fact: 'x', operator: 'greaterThan', value: 5 }, { x: Number.NaN })).toBe(false);
    expect(run({ fact: 'x', operator: 'greaterThanInclusive', value: 5 }, { x: 5 })).toBe(true);
  });

  it('contains / doesNotContain need an array fact; in / notIn look in the value', () => {
    expect(run({ fact: 'x', operator: 'contains', value: 'a' }, { x: ['a', 'b'] })).toBe(true);
    expect(run({ fact: 'x', operator: 'contains', value: 'a' }, { x: 'abc' })).toBe(false);
    expect(run({ fact: 'x', operator: 'doesNotContain', value: 'a' }, { x: 'xyz' })).toBe(false);
    expect(run({ fact: 'x', operator: 'doesNotContain', value: 'a' }, { x: [] })).toBe(true);
    expect(run({ fact: 'x', operator: 'in', value: ['a', 'b'] }, { x: 'a' })).toBe(true);
    expect(run({ fact: 'x', operator: 'notIn', value: ['a', 'b'] }, {})).toBe(true);
    const many = Array.from({ length: 20 }, (_, i) => `v${i}`);
    expect(run({ fact: 'x', operator: 'in', value: many }, { x: 'v13' })).toBe(true);
    expect(run({ fact: 'x', operator: 'notIn', value: many }, { x: 'v99' })).toBe(true);
  });

  it('in with a fact-reference value searches a string value, and throws on a non-list', () => {
    expect(run({ fact: 'x', operator: 'in', value: { fact: 'y' } }, { x: 'bc', y: 'abcd' })).toBe(true);
    expect(() => run({ fact: 'x', operator: 'in', value: { fact: 'y' } }, { x: 'a', y: 5 })).toThrow(TypeError);
  });

  it('compares a fact with another fact, through paths', () => {
    expect(run({ fact: 'x', operator: 'equal', value: { fact: 'y' } }, { x: 3, y: 3 })).toBe(true);
    expect(
      run(
        { fact: 'x', path: '$.a[1]', operator: 'equal', value: { fact: 'y', path: '$.b' } },
        { x: { a: [0, 7] }, y: { b: 7 } },
      ),
    ).toBe(true);
  });

  it('applies a path only to an object fact (jsonpath-plus semantics)', () => {
    expect(run({ fact: 'x', path: '$.country', operator: 'equal', value: 'DE' }, { x: { country: 'DE' } })).toBe(true);
    expect(run({ fact: 'x', path: '$.country', operator: 'equal', value: 'DE' }, { x: 'DE' })).toBe(true); // non-object: the fact itself
    expect(run({ fact: 'x', path: '$.length', operator: 'equal', value: 2 }, { x: ['a', 'b'] })).toBe(true);
    expect(run({ fact: 'x', path: '$.a.length', operator: 'equal', value: 3 }, { x: { a: 'abc' } })).toBe(true);
    expect(run({ fact: 'x', path: '$.a.length', operator: 'equal', value: 0 }, { x: { a: '' } })).toBe(false); // '' is falsy: no step through it
    expect(run({ fact: 'x', path: '$.toString', operator: 'equal', value: { fact: 'y' } }, { x: {} })).toBe(true); // own properties only: undefined === undefined
    expect(run({ fact: 'profile.country', operator: 'equal', value: 'DE' }, { profile: { country: 'DE' } })).toBe(true);
  });

  it('reads own properties only, also for leads with a prototype', () => {
    class Account {
      id = 'acc';
      get budget() {
        return 999;
      }
    }
    const inherited = Object.create({ budget: 999, status: 'Untouched' }) as Record<string, unknown>;
    inherited.id = 'x';
    for (const lead of [new Account() as unknown as Record<string, unknown>, inherited]) {
      const c = compileRule(
        rule({
          any: [
            { fact: 'budget', operator: 'equal', value: 999 },
            { fact: 'status', operator: 'equal', value: 'Untouched' },
          ],
        }),
        { catalog },
      );
      const scope = new FactScope({ now: NOW, activeInterestEvents: [] }).reset(lead as Lead);
      expect(c.matches(scope)).toBe(false);
      expect(c.matchesWithClosures(scope)).toBe(false);
    }
    const toString = compileRule(rule({ all: [{ fact: 'toString', operator: 'equal', value: { fact: 'x' } }] }), {
      catalog: extendCatalog([{ id: 'toString', label: 't', type: 'text' }], catalog),
    });
    expect(toString.matches(new FactScope({ now: NOW, activeInterestEvents: [] }).reset({ id: 'l' }))).toBe(true); // undefined, not Object.prototype.toString
  });

  it('custom operators: containsText is case-insensitive, withinRange is inclusive', () => {
    expect(run({ fact: 'x', operator: 'containsText', value: 'DIRECT' }, { x: 'Procurement Director' })).toBe(true);
    expect(run({ fact: 'x', operator: 'doesNotContainText', value: 'vp' }, { x: 'VP Sales' })).toBe(false);
    expect(run({ fact: 'x', operator: 'doesNotContainText', value: 'vp' }, {})).toBe(false);
    expect(run({ fact: 'x', operator: 'withinRange', value: [10, 50] }, { x: 10 })).toBe(true);
    expect(run({ fact: 'x', operator: 'withinRange', value: [10, 50] }, { x: 50 })).toBe(true);
    expect(run({ fact: 'x', operator: 'withinRange', value: [10, 50] }, { x: 51 })).toBe(false);
    expect(run({ fact: 'x', operator: 'withinRange', value: [10, 50] }, { x: '20' })).toBe(false);
  });

  it('supports json-rules-engine 7 decorators', () => {
    expect(run({ fact: 'x', operator: 'someFact:greaterThan', value: 5 }, { x: [1, 9] })).toBe(true);
    expect(run({ fact: 'x', operator: 'everyFact:greaterThan', value: 5 }, { x: [1, 9] })).toBe(false);
    expect(run({ fact: 'x', operator: 'not:equal', value: 5 }, { x: 4 })).toBe(true);
    expect(run({ fact: 'x', operator: 'swap:contains', value: ['a', 'b'] }, { x: 'b' })).toBe(true);
  });

  it('propagates an error from any condition of an evaluated priority set, like json-rules-engine', () => {
    const proto = Object.create(null) as object; // parseFloat throws on an object without a prototype
    const cond = {
      all: [
        { fact: 'y', operator: 'equal', value: 'no' },
        { fact: 'x', operator: 'greaterThan', value: 1 },
      ],
    } as Condition;
    // json-rules-engine's number check throws a TypeError here; ours a HotleadsError: an error either way
    expect(() => run(cond, { x: proto, y: 'yes' })).toThrow(/A number check cannot read this value/);
    // in a later priority set, after the result is known, it is not evaluated
    const later = {
      all: [
        { fact: 'y', operator: 'equal', value: 'no', priority: 2 },
        { fact: 'x', operator: 'greaterThan', value: 1 },
      ],
    } as Condition;
    expect(run(later, { x: proto, y: 'yes' })).toBe(false);
  });

  it('explains each condition: fact value, operator, expected value, pass', () => {
    const c = compileRule(
      rule({
        any: [{ fact: 'x', operator: 'greaterThan', value: 5 }, { not: { fact: 'y', operator: 'equal', value: 'a' } }],
      }),
      { catalog },
    );
    const r = c.explain(new FactScope({ now: NOW, activeInterestEvents: [] }).reset({ id: 'l', x: 3, y: 'a' }));
    expect(r).toEqual({
      kind: 'any',
      pass: false,
      conditions: [
        { kind: 'fact', fact: 'x', operator: 'greaterThan', value: 5, factValue: 3, pass: false },
        {
          kind: 'not',
          pass: false,
          condition: { kind: 'fact', fact: 'y', operator: 'equal', value: 'a', factValue: 'a', pass: true },
        },
      ],
    } satisfies ConditionResult);
  });

  it('computes derived facts only when a rule uses them, once per lead', () => {
    let reads = 0;
    const lead = { id: 'l', status: 'Untouched' } as Lead;
    Object.defineProperty(lead, 'events', {
      enumerable: true,
      get: () => {
        reads++;
        return [{ type: 'email_reply', at: NOW - 30 * H }];
      },
    });
    const scope = new FactScope({ now: NOW, activeInterestEvents: ACTIVE_INTEREST_EVENTS });
    expect(
      compileRule(rule({ all: [{ fact: 'status', operator: 'equal', value: 'Untouched' }] }), { catalog }).matches(
        scope.reset(lead),
      ),
    ).toBe(true);
    expect(reads).toBe(0);
    const timed = compileRule(
      rule({
        all: [
          { fact: 'hoursUntouched', operator: 'greaterThan', value: 24 },
          { fact: 'hoursUntouched', operator: 'lessThan', value: 48 },
        ],
      }),
      { catalog },
    );
    expect(timed.matches(scope.reset(lead))).toBe(true);
    expect(reads).toBe(1);
  });

  it('never scores or reads events for a lead an earlier condition refused: a number check on a derived fact cannot throw', () => {
    let scored = 0;
    const scorer = () => {
      scored++;
      return { score: 80, band: 'HOT' } as LeadScore;
    };
    const c = compileRule(
      rule({
        all: [
          { fact: 'status', operator: 'equal', value: 'Untouched' },
          { fact: 'hoursUntouched', operator: 'greaterThan', value: 24 },
          { fact: 'score', operator: 'greaterThan', value: 40 },
          { fact: 'hoursSince.email_reply', operator: 'lessThan', value: 48 },
        ],
      }),
      { catalog },
    );
    const scope = new FactScope({ now: NOW, activeInterestEvents: ACTIVE_INTEREST_EVENTS, scorer });
    let reads = 0;
    const lead = { id: 'l', status: 'Qualified' } as Lead;
    Object.defineProperty(lead, 'events', {
      enumerable: true,
      get: () => {
        reads++;
        return [{ type: 'email_reply', at: NOW - 30 * H }];
      },
    });
    for (const matches of [c.matches, c.matchesWithClosures]) expect(matches(scope.reset(lead))).toBe(false);
    expect([scored, reads]).toEqual([0, 0]);
    lead.status = 'Untouched';
    for (const matches of [c.matches, c.matchesWithClosures]) expect(matches(scope.reset(lead))).toBe(true);
    expect(scored).toBe(2);
  });
});
