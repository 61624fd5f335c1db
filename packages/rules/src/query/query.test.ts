import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog, depth, rule, ruleWithRegistry, tree } from '../__tests__/arbitraries';
import { validateRule } from '../schema/validateRule';
import { ruleTemplates } from '../templates/ruleTemplates';
import type { TopLevelCondition } from '../types';
import { conditionsToQuery } from './conditionsToQuery';
import { QUERY_MESSAGES } from './messages';
import { queryToConditions } from './queryToConditions';
import type { QueryGroup, QueryNode } from './types';

const withConditions = (conditions: TopLevelCondition) => ({
  id: 'r1',
  name: 'n',
  trigger: { type: 'event', events: ['x'] },
  conditions,
  actions: [{ type: 'addTag', tag: 't' }],
});

function errorOf(run: () => unknown): { code: string; path: unknown; detail: string } {
  try {
    run();
  } catch (e) {
    return e as { code: string; path: unknown; detail: string };
  }
  throw new Error('expected a throw');
}

/** Every node of a query, depth first. */
function nodesOf(node: QueryNode): QueryNode[] {
  return 'rules' in node ? [node, ...node.rules.flatMap(nodesOf)] : [node];
}

describe('react-querybuilder conversion', () => {
  it('round-trips every valid condition tree of the differential test exactly (and the query too)', () => {
    let checked = 0;
    let maxDepth = 0;
    fc.assert(
      fc.property(
        fc.oneof(
          rule.map((r) => r.conditions),
          tree.group,
        ),
        (conditions) => {
          validateRule(withConditions(conditions), { catalog }); // only valid trees
          maxDepth = Math.max(maxDepth, depth(conditions));
          const query = conditionsToQuery(conditions);
          // fast-check's records have no prototype; the conversion returns plain objects.
          const plain = JSON.parse(JSON.stringify(conditions)) as TopLevelCondition;
          expect(queryToConditions(query)).toStrictEqual(plain);
          // The query is plain data (react-querybuilder stores it; JSON survives a rule file).
          const reread = JSON.parse(JSON.stringify(query)) as QueryGroup;
          expect(queryToConditions(reread)).toStrictEqual(plain);
          expect(conditionsToQuery(queryToConditions(query))).toStrictEqual(query);
          // Its root is a group, and no node keeps a json-rules-engine key.
          expect(query).toHaveProperty('rules');
          const keys = nodesOf(query).flatMap((n) => Object.keys(n));
          expect(keys.filter((k) => ['all', 'any', 'fact', 'path'].includes(k))).toEqual([]);
          checked++;
        },
      ),
      { numRuns: 2000 },
    );
    expect(checked).toBe(2000);
    expect(maxDepth).toBeGreaterThanOrEqual(4);
  }, 60_000);

  it('round-trips named condition references (the differential test registries) as query rules with a condition', () => {
    let references = 0;
    fc.assert(
      fc.property(ruleWithRegistry, ({ rule: r, conditions: registry }) => {
        validateRule(r, { catalog, conditions: registry }); // only valid trees
        const query = conditionsToQuery(r.conditions);
        const plain = JSON.parse(JSON.stringify(r.conditions)) as TopLevelCondition;
        expect(queryToConditions(query)).toStrictEqual(plain);
        expect(queryToConditions(JSON.parse(JSON.stringify(query)) as QueryGroup)).toStrictEqual(plain);
        for (const n of nodesOf(query))
          if ('condition' in n && n.condition !== undefined) {
            references++;
            expect(Object.keys(registry)).toContain(n.condition);
            expect(n).toMatchObject({ field: '', operator: '' });
          }
      }),
      { numRuns: 500, seed: 20261204 },
    );
    expect(references).toBeGreaterThan(0);
  });

  it('round-trips every template', () => {
    for (const t of ruleTemplates)
      expect(queryToConditions(conditionsToQuery(t.conditions))).toStrictEqual(t.conditions);
  });

  it('puts each part where react-querybuilder looks for it, and the rest beside it', () => {
    const query = conditionsToQuery({
      any: [
        { fact: 'budget', operator: 'withinRange', value: [10, 20], priority: 2, name: 'budget' },
        { not: { fact: 'status', operator: 'in', value: ['Spam', 'Customer'] }, priority: 3 },
        { fact: 'company', path: '$.size', operator: 'greaterThan', value: { fact: 'budget', path: '$.x' } },
        { not: { all: [{ fact: 'score', operator: 'greaterThan', value: 50 }], name: 'inner' }, name: 'outer' },
      ],
    });
    expect(query).toStrictEqual({
      combinator: 'or',
      rules: [
        { field: 'budget', operator: 'withinRange', value: [10, 20], priority: 2, name: 'budget' },
        { field: 'status', operator: 'in', value: ['Spam', 'Customer'], not: true, notPriority: 3 },
        {
          field: 'company',
          operator: 'greaterThan',
          value: 'budget',
          valueSource: 'field',
          valuePath: '$.x',
          jsonPath: '$.size',
        },
        {
          combinator: 'and',
          rules: [{ field: 'score', operator: 'greaterThan', value: 50 }],
          name: 'inner',
          not: true,
          notName: 'outer',
        },
      ],
    });
  });

  it('writes a not of a not, and a not of one comparison at the root, as a group that is only a not', () => {
    const leaf = { fact: 'budget', operator: 'equal', value: 1 };
    const root = conditionsToQuery({ not: leaf, priority: 2 });
    expect(root).toStrictEqual({
      combinator: 'and',
      not: true,
      notOnly: true,
      rules: [{ field: 'budget', operator: 'equal', value: 1 }],
      notPriority: 2,
    });
    const double = conditionsToQuery({ all: [{ not: { not: leaf } }] });
    expect(double.rules[0]).toStrictEqual({
      combinator: 'and',
      not: true,
      notOnly: true,
      rules: [{ field: 'budget', operator: 'equal', value: 1, not: true }],
    });
  });

  it('reads what react-querybuilder adds or changes: ids, its own paths, disabled nodes, an upper-case combinator', () => {
    expect(
      queryToConditions({
        id: 'g1',
        path: [],
        combinator: 'AND',
        rules: [
          { id: 'r1', path: [0], field: 'budget', operator: 'greaterThan', value: 5, valueSource: 'value' },
          { id: 'r2', field: 'status', operator: 'equal', value: 'Spam', disabled: true },
          { id: 'g2', combinator: 'or', disabled: true, rules: [] },
        ],
      }),
    ).toStrictEqual({ all: [{ fact: 'budget', operator: 'greaterThan', value: 5 }] });
    expect(queryToConditions({ combinator: 'and', disabled: true, rules: [] })).toStrictEqual({ all: [] });
  });

  it('converts drafts both ways without judging them (ruleIssues does)', () => {
    expect(conditionsToQuery({ all: [] })).toStrictEqual({ combinator: 'and', rules: [] });
    expect(queryToConditions({ combinator: 'and', rules: [{ field: '', operator: '' }] })).toStrictEqual({
      all: [{ fact: '', operator: '' }],
    });
    const draft = { all: [{ fact: 'budget', operator: 'greaterThan' }] } as unknown as TopLevelCondition;
    expect(queryToConditions(conditionsToQuery(draft))).toStrictEqual(draft);
  });

  it('copies: editing the query never changes the conditions it came from', () => {
    const conditions: TopLevelCondition = { all: [{ fact: 'status', operator: 'in', value: ['Spam'] }] };
    const query = conditionsToQuery(conditions);
    ((query.rules[0] as { value: string[] }).value as string[]).push('Customer');
    expect(conditions).toStrictEqual({ all: [{ fact: 'status', operator: 'in', value: ['Spam'] }] });
  });

  it.each([
    ['a rule at the root', { field: 'budget', operator: 'equal', value: 1 }, [], QUERY_MESSAGES.rootRule],
    ['a non-object', 'x', [], QUERY_MESSAGES.rootRule],
    ['rules that are no list', { combinator: 'and', rules: 'x' }, ['rules'], QUERY_MESSAGES.rules],
    ['an unknown combinator', { combinator: 'xor', rules: [] }, ['combinator'], QUERY_MESSAGES.combinator],
    ['a null child', { combinator: 'and', rules: [null] }, ['rules', 0], QUERY_MESSAGES.queryNode],
    [
      'a rule without a field',
      { combinator: 'and', rules: [{ operator: 'equal' }] },
      ['rules', 0, 'field'],
      QUERY_MESSAGES.field,
    ],
    [
      'a bad valueSource',
      { combinator: 'and', rules: [{ field: 'a', operator: 'equal', valueSource: 'x' }] },
      ['rules', 0, 'valueSource'],
      QUERY_MESSAGES.valueSource,
    ],
  ])('refuses %s with its path', (_what, query, path, message) => {
    expect(errorOf(() => queryToConditions(query))).toMatchObject({ code: 'INVALID_RULE', path, detail: message });
  });

  it('refuses a query nested beyond MAX_CONDITION_DEPTH, and a cyclic one, without a RangeError', () => {
    let deep: QueryGroup = { combinator: 'and', rules: [] };
    for (let i = 0; i < 100; i++) deep = { combinator: 'and', rules: [deep] };
    expect(errorOf(() => queryToConditions(deep))).toMatchObject({
      code: 'INVALID_RULE',
      detail: QUERY_MESSAGES.depth,
    });
    const cyclic: QueryGroup = { combinator: 'and', rules: [] };
    cyclic.rules.push(cyclic);
    expect(errorOf(() => queryToConditions(cyclic))).toMatchObject({ code: 'INVALID_RULE' });
  });

  it('refuses what is no condition tree, and unreadable input, as INVALID_RULE', () => {
    expect(errorOf(() => conditionsToQuery({ fact: 'a' } as never))).toMatchObject({ code: 'INVALID_RULE' });
    expect(errorOf(() => conditionsToQuery({ all: 'x' } as never))).toMatchObject({
      code: 'INVALID_RULE',
      path: ['conditions', 'all'],
    });
    const trap = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('trap');
        },
        getOwnPropertyDescriptor: () => {
          throw new Error('trap');
        },
      },
    );
    expect(errorOf(() => conditionsToQuery({ all: [trap] } as never))).toMatchObject({ code: 'INVALID_RULE' });
    expect(errorOf(() => queryToConditions({ combinator: 'and', rules: [trap] }))).toMatchObject({
      code: 'INVALID_RULE',
    });
  });
});
