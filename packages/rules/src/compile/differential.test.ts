import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extendCatalog } from '../catalog/extendCatalog';
import { compileRule } from './compileRule';
import { FactScope } from '../facts/FactScope';
import { ACTIVE_INTEREST_EVENTS } from '../catalog/leadSources';
import { collectFacts } from '../reference/collectFacts';
import { createReferenceEngine } from '../reference/index';
import { validateRule } from '../schema/validateRule';
import type { Condition, Rule, TopLevelCondition } from '../types';
import type { Lead } from '@hotleads/core';

// The compiled evaluator against json-rules-engine itself (createReferenceEngine, one
// engine.run per rule and lead) on random rules and leads: same outcome (true, false or an
// error) in every case, quirks included, for the generated matcher and for the closures.

const NOW = Date.parse('2026-03-01T12:00:00Z');
const catalog = extendCatalog(
  ['f1', 'f2', 'f3', 'f4', 'obj.inner'].map((id) => ({ id, label: id, type: 'text' as const })),
);
const FACTS = ['f1', 'f2', 'f3', 'f4', 'obj.inner', 'hoursUntouched', 'hoursSince.quote_request', 'status'];
const PATHS = ['$.x', '$.y', '$.arr[0]', '$.arr', '$.length', '$[0]', '$.s.length', '$.x.y'];

const strings = fc.constantFrom(
  'a',
  'b',
  'A',
  'ab',
  'Web Forms',
  'web',
  'Events',
  '12',
  '12abc',
  ' 5',
  '',
  'Untouched',
);
const numbers = fc.constantFrom(-1, 0, 1, 5, 10, 12, 2.5, 1000, 48);
const literal = fc.oneof(strings, numbers, fc.boolean(), fc.constant(null));
const leadValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: literal },
  { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0) },
  { weight: 3, arbitrary: fc.array(fc.oneof(strings, numbers), { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.constant([[1], 'a']) },
  {
    weight: 2,
    arbitrary: fc.record(
      {
        x: literal,
        y: fc.oneof(strings, fc.array(numbers, { maxLength: 2 })),
        arr: fc.array(fc.oneof(strings, numbers), { maxLength: 2 }),
        s: fc.constantFrom('', 'abc'),
      },
      { requiredKeys: [] },
    ),
  },
);

let leadCount = 0;
let ruleCount = 0;
const lead: fc.Arbitrary<Lead> = fc
  .record(
    {
      f1: leadValue,
      f2: leadValue,
      f3: leadValue,
      f4: leadValue,
      obj: fc.record({ inner: leadValue }, { requiredKeys: [] }),
      status: fc.constantFrom('Untouched', 'Nurturing', 'Qualified'),
      events: fc.array(
        fc.record({
          type: fc.constantFrom('quote_request', 'email_reply', 'page_view'),
          at: fc.integer({ min: NOW - 200 * 3_600_000, max: NOW + 3_600_000 }),
        }),
        { maxLength: 3 },
      ),
      createdAt: fc.integer({ min: NOW - 400 * 3_600_000, max: NOW }),
    },
    { requiredKeys: [] },
  )
  .map((l) => ({ id: `lead-${++leadCount}`, ...l }) as Lead);

const BASE: Record<string, fc.Arbitrary<unknown>> = {
  equal: literal,
  notEqual: literal,
  contains: literal,
  doesNotContain: literal,
  in: fc.array(literal, { maxLength: 4 }),
  notIn: fc.array(literal, { maxLength: 4 }),
  lessThan: numbers,
  lessThanInclusive: numbers,
  greaterThan: numbers,
  greaterThanInclusive: numbers,
  containsText: strings,
  doesNotContainText: strings,
  withinRange: fc.tuple(numbers, numbers).map(([a, b]) => (a <= b ? [a, b] : [b, a])),
};
const DECORATED: Array<[string, fc.Arbitrary<unknown>]> = [
  ['someFact:equal', literal],
  ['everyFact:greaterThan', numbers],
  ['someValue:equal', fc.array(literal, { maxLength: 3 })],
  ['everyValue:notEqual', fc.array(literal, { maxLength: 3 })],
  ['not:equal', literal],
  ['swap:contains', fc.oneof(literal, fc.array(literal, { maxLength: 3 }))],
  ['swap:in', literal],
  ['not:someFact:in', fc.array(literal, { maxLength: 3 })],
  ['someFact:containsText', strings],
];

const leaf: fc.Arbitrary<Condition> = fc
  .tuple(
    fc.constantFrom(...FACTS),
    fc.oneof(
      {
        weight: 5,
        arbitrary: fc.constantFrom(...Object.keys(BASE)).chain((op) => fc.tuple(fc.constant(op), BASE[op]!)),
      },
      { weight: 1, arbitrary: fc.constantFrom(...DECORATED).chain(([op, v]) => fc.tuple(fc.constant(op), v)) },
    ),
    fc.option(fc.constantFrom(...PATHS), { freq: 5 }),
    fc.option(
      fc.record({ fact: fc.constantFrom(...FACTS), path: fc.constantFrom(...PATHS) }, { requiredKeys: ['fact'] }),
      { freq: 8 },
    ),
    fc.option(fc.integer({ min: 1, max: 3 }), { freq: 6 }),
  )
  .map(([fact, [operator, value], path, ref, priority]) => {
    const c: Record<string, unknown> = { fact, operator, value: ref ?? value };
    if (path !== null) c.path = path;
    if (priority !== null) c.priority = priority;
    return c as Condition;
  });

const tree = fc.letrec<{ node: Condition; group: TopLevelCondition }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 3, arbitrary: leaf },
    { weight: 2, arbitrary: tie('group') },
  ),
  group: fc.oneof(
    { depthSize: 'small' },
    fc.array(tie('node'), { minLength: 1, maxLength: 3 }).map((all) => ({ all })),
    fc.array(tie('node'), { minLength: 1, maxLength: 3 }).map((any) => ({ any })),
    tie('node').map((not) => ({ not })),
  ),
}));

function depth(c: Condition): number {
  if ('all' in c) return 1 + Math.max(...c.all.map(depth));
  if ('any' in c) return 1 + Math.max(...c.any.map(depth));
  if ('not' in c) return 1 + depth(c.not);
  return 0;
}

const rule: fc.Arbitrary<Rule> = tree.group
  .filter((g) => depth(g) <= 4)
  .map(
    (conditions) =>
      ({
        id: `r${++ruleCount}`,
        name: 'random',
        trigger: { type: 'event', events: ['x'] },
        conditions,
        actions: [{ type: 'addTag', tag: 't' }],
      }) as Rule,
  );

type Outcome = 'true' | 'false' | 'error';

async function reference(r: Rule, l: Lead): Promise<Outcome> {
  const engine = createReferenceEngine([r], { catalog });
  try {
    const { results } = await engine.run(collectFacts([r], l, { now: NOW, catalog }));
    return results.length === 1 ? 'true' : 'false';
  } catch {
    return 'error';
  }
}

function compiled(r: Rule, l: Lead, closuresOnly = false): Outcome {
  const c = compileRule(r, { catalog });
  const scope = new FactScope({ now: NOW, activeInterestEvents: ACTIVE_INTEREST_EVENTS }).reset(l);
  try {
    return (closuresOnly ? c.matchesWithClosures(scope) : c.matches(scope)) ? 'true' : 'false';
  } catch {
    return 'error';
  }
}

describe('compiled evaluator vs json-rules-engine', () => {
  it('agrees on at least 5,000 random rules and leads (nesting depth up to 4)', async () => {
    const counts = { rules: 0, cases: 0, true: 0, false: 0, error: 0, maxDepth: 0 };
    const disagreements: string[] = [];
    await fc.assert(
      fc.asyncProperty(rule, fc.array(lead, { minLength: 1, maxLength: 3 }), async (r, leads) => {
        validateRule(r, { catalog });
        counts.rules++;
        counts.maxDepth = Math.max(counts.maxDepth, depth(r.conditions));
        for (const l of leads) {
          const want = await reference(r, l);
          const got = compiled(r, l);
          const viaClosures = compiled(r, l, true);
          counts.cases++;
          counts[got]++;
          if (want !== got || want !== viaClosures) {
            disagreements.push(JSON.stringify({ want, got, viaClosures, rule: r.conditions, lead: l }));
            return false;
          }
        }
        return true;
      }),
      { numRuns: 5000 },
    );
    console.log(
      `differential: ${counts.rules} rules, ${counts.cases} cases, true ${((counts.true / counts.cases) * 100).toFixed(1)}%, false ${((counts.false / counts.cases) * 100).toFixed(1)}%, error ${counts.error}, max depth ${counts.maxDepth}`,
    );
    expect(disagreements).toEqual([]);
    expect(counts.rules).toBeGreaterThanOrEqual(5000);
    expect(counts.maxDepth).toBe(4);
    expect(counts.true / counts.cases).toBeGreaterThanOrEqual(0.25);
    expect(counts.false / counts.cases).toBeGreaterThanOrEqual(0.25);
    expect(counts.error).toBeGreaterThan(0); // error propagation is exercised too
  }, 120_000);
});
