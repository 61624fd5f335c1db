// fast-check arbitraries shared by the rules package's property tests (not part of the package's
// API): the random condition trees and leads of the json-rules-engine differential test
// (compile/differential.test.ts), reused by the react-querybuilder round trip
// (convert/query.test.ts), so both prove their property on the same trees.
import fc from 'fast-check';
import type { Lead } from '@hotleads/core';
import { extendCatalog } from '../catalog/extendCatalog';
import type { Condition, Rule, TopLevelCondition } from '../types';

export const NOW = Date.parse('2026-03-01T12:00:00Z');
export const catalog = extendCatalog(
  ['f1', 'f2', 'f3', 'f4', 'obj.inner'].map((id) => ({ id, label: id, type: 'text' as const })),
);
export const FACTS = ['f1', 'f2', 'f3', 'f4', 'obj.inner', 'hoursUntouched', 'hoursSince.quote_request', 'status'];
export const PATHS = [
  '$.x',
  '$.y',
  '$.arr[0]',
  '$.arr',
  '$.length',
  '$[0]',
  '$.s.length',
  '$.x.y',
  // bracket-quoted names, `$.[0]` (jsonpath-plus reads it as `..`), wildcards and descendants
  "$['a.b']",
  '$["x"]',
  '$.[0]',
  '$.arr[*]',
  '$.y[*]',
  '$.*',
  '$..x',
];

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
        'a.b': literal,
      },
      { requiredKeys: [] },
    ),
  },
);

let leadCount = 0;
let ruleCount = 0;
export const lead: fc.Arbitrary<Lead> = fc
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

/** Names json-rules-engine carries on a condition (it reports them; they change no outcome). */
const NAMES = fc.constantFrom('budget check', 'n1', '');

export const leaf: fc.Arbitrary<Condition> = fc
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
    fc.option(NAMES, { freq: 8 }),
  )
  .map(([fact, [operator, value], path, ref, priority, name]) => {
    const c: Record<string, unknown> = { fact, operator, value: ref ?? value };
    if (path !== null) c.path = path;
    if (priority !== null) c.priority = priority;
    if (name !== null) c.name = name;
    return c as Condition;
  });

/** A group's optional json-rules-engine `priority` and `name`, added to `group`. */
const groupExtras = <G extends object>(group: fc.Arbitrary<G>): fc.Arbitrary<G> =>
  fc
    .tuple(group, fc.option(fc.integer({ min: 1, max: 3 }), { freq: 6 }), fc.option(NAMES, { freq: 8 }))
    .map(([g, priority, name]) => ({
      ...g,
      ...(priority === null ? {} : { priority }),
      ...(name === null ? {} : { name }),
    }));

export const tree = fc.letrec<{ node: Condition; group: TopLevelCondition }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 3, arbitrary: leaf },
    { weight: 2, arbitrary: tie('group') },
  ),
  group: fc.oneof(
    { depthSize: 'small' },
    groupExtras(fc.array(tie('node'), { minLength: 1, maxLength: 3 }).map((all) => ({ all }))),
    groupExtras(fc.array(tie('node'), { minLength: 1, maxLength: 3 }).map((any) => ({ any }))),
    groupExtras(tie('node').map((not) => ({ not }))),
  ),
}));

export function depth(c: Condition): number {
  if ('all' in c) return 1 + Math.max(...c.all.map(depth));
  if ('any' in c) return 1 + Math.max(...c.any.map(depth));
  if ('not' in c) return 1 + depth(c.not);
  return 0;
}

export const rule: fc.Arbitrary<Rule> = tree.group
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

/** `conditions` with every `hoursSince.<type>` comparison written in json-rules-engine's `params` form. */
function withParams(c: Condition): Condition {
  if ('all' in c) return { ...c, all: c.all.map(withParams) };
  if ('any' in c) return { ...c, any: c.any.map(withParams) };
  if ('not' in c) return { ...c, not: withParams(c.not) };
  if ('condition' in c || !c.fact.startsWith('hoursSince.')) return c;
  return { ...c, fact: 'hoursSince', params: { type: c.fact.slice('hoursSince.'.length) } } as unknown as Condition;
}

/**
 * {@link rule}, a third of the time with its `hoursSince.<type>` facts written as
 * `{ fact: 'hoursSince', params: { type } }` (validateRule normalizes it to the catalog id), for
 * the differential test.
 */
export const ruleMaybeParams: fc.Arbitrary<Rule> = fc
  .tuple(rule, fc.integer({ min: 0, max: 2 }))
  .map(([r, k]) => (k === 0 ? ({ ...r, conditions: withParams(r.conditions) as TopLevelCondition } as Rule) : r));

/** Random condition trees whose nodes may also be `{ condition: name }` references to one of `names`. */
export function treeWithReferences(names: readonly string[]): fc.Arbitrary<TopLevelCondition> {
  const reference: fc.Arbitrary<Condition> = groupExtras(
    fc.constantFrom(...names).map((condition) => ({ condition })),
  ) as fc.Arbitrary<Condition>;
  const t = fc.letrec<{ node: Condition; group: TopLevelCondition }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      { weight: 3, arbitrary: leaf },
      { weight: 2, arbitrary: reference },
      { weight: 2, arbitrary: tie('group') },
    ),
    group: fc.oneof(
      { depthSize: 'small' },
      groupExtras(fc.array(tie('node'), { minLength: 1, maxLength: 3 }).map((all) => ({ all }))),
      groupExtras(fc.array(tie('node'), { minLength: 1, maxLength: 3 }).map((any) => ({ any }))),
      groupExtras(tie('node').map((not) => ({ not }))),
      { weight: 1, arbitrary: reference as fc.Arbitrary<TopLevelCondition> },
    ),
  }));
  return t.group.filter((g) => depth(g) <= 3);
}

/**
 * A registry of named conditions `c0`, `c1`, `c2` (each may reference only earlier names, so no
 * cycle; `c0` references none) and a rule whose conditions may reference any of them.
 */
export const ruleWithRegistry: fc.Arbitrary<{ rule: Rule; conditions: Record<string, TopLevelCondition> }> = fc
  .tuple(
    tree.group.filter((g) => depth(g) <= 3),
    treeWithReferences(['c0']),
    treeWithReferences(['c0', 'c1']),
    treeWithReferences(['c0', 'c1', 'c2']),
  )
  .map(([c0, c1, c2, conditions]) => ({
    conditions: { c0, c1, c2 },
    rule: {
      id: `r${++ruleCount}`,
      name: 'random',
      trigger: { type: 'event', events: ['x'] },
      conditions,
      actions: [{ type: 'addTag', tag: 't' }],
    } as Rule,
  }));
