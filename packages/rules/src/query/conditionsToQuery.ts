import { assert, type IssuePath } from '@hotleads/core';
import { ownValue } from '../input/options';
import { readSafely } from '../input/readSafely';
import { assertConditionTree } from '../schema/conditionTree';
import { isFactReference } from '../schema/checkConditions';
import type { TopLevelCondition } from '../types';
import { QUERY_MESSAGES } from './messages';
import type { QueryGroup, QueryNode, QueryRule } from './types';

type Raw = Record<string, unknown>;

const copy = (value: unknown): unknown => (Array.isArray(value) ? value.map(copy) : value);

function withExtras<T extends QueryNode>(target: T, node: Raw): T {
  const priority = ownValue(node, 'priority');
  const name = ownValue(node, 'name');
  if (priority !== undefined) target.priority = priority as number;
  if (name !== undefined) target.name = name as string;
  return target;
}

function toRule(node: Raw): QueryRule {
  const reference = ownValue(node, 'condition');
  if (typeof reference === 'string')
    return withExtras<QueryRule>({ field: '', operator: '', condition: reference }, node);
  const fact = ownValue(node, 'fact');
  const operator = ownValue(node, 'operator');
  const rule: QueryRule = {
    field: typeof fact === 'string' ? fact : '',
    operator: typeof operator === 'string' ? operator : '',
  };
  if (Object.hasOwn(node, 'value')) {
    const value = node.value;
    if (isFactReference(value)) {
      rule.value = value.fact;
      rule.valueSource = 'field';
      if (value.path !== undefined) rule.valuePath = value.path;
    } else {
      rule.value = copy(value);
    }
  }
  const path = ownValue(node, 'path');
  if (path !== undefined) rule.jsonPath = path as string;
  return withExtras(rule, node);
}

function toNode(node: unknown, path: IssuePath, root: boolean): QueryNode {
  assert(node !== null && typeof node === 'object' && !Array.isArray(node), 'INVALID_RULE', QUERY_MESSAGES.node, path);
  const raw = node as Raw;
  for (const key of ['all', 'any'] as const) {
    if (!Object.hasOwn(raw, key)) continue;
    const list = raw[key];
    assert(Array.isArray(list), 'INVALID_RULE', QUERY_MESSAGES.group, [...path, key]);
    const rules = list.map((c, i) => toNode(c, [...path, key, i], false));
    return withExtras<QueryGroup>({ combinator: key === 'all' ? 'and' : 'or', rules }, raw);
  }
  if (!Object.hasOwn(raw, 'not')) return toRule(raw);
  const inner = toNode(raw.not, [...path, 'not'], false);
  const wrapper: Partial<QueryNode> = {};
  if (raw.priority !== undefined) wrapper.notPriority = raw.priority as number;
  if (raw.name !== undefined) wrapper.notName = raw.name as string;
  // A not of a not, or of one comparison at the root (a query's root is a group): a group that is only a not.
  if (inner.not === true || (root && !('rules' in inner))) {
    return { combinator: 'and', not: true, notOnly: true, rules: [inner], ...wrapper };
  }
  return { ...inner, not: true, ...wrapper };
}

/**
 * A condition tree in react-querybuilder's query format, for a rule builder built on
 * react-querybuilder: `all` becomes a group with combinator `and`, `any` one with `or`, a `not`
 * sets `not: true` on what it wraps, and a comparison becomes a rule (`field`, `operator`,
 * `value`; a fact-to-fact value is `valueSource: 'field'`). What react-querybuilder has no slot
 * for travels as extra properties ({@link QueryRule}, {@link QueryGroup}); lists of `in` and
 * `withinRange` stay lists. {@link queryToConditions} gives back exactly the same tree.
 *
 * Drafts convert too (an empty group, a comparison without a value): the conversion checks the
 * tree's shape, not its facts or values; `ruleIssues` does that.
 *
 * @throws HotleadsError `INVALID_RULE` for a tree that is no condition tree (too deep, a cycle,
 *   a comparison at the root, a node that is not an object).
 * @example conditionsToQuery({ all: [{ fact: 'budget', operator: 'greaterThan', value: 5000 }] })
 *   // { combinator: 'and', rules: [{ field: 'budget', operator: 'greaterThan', value: 5000 }] }
 */
export function conditionsToQuery(conditions: TopLevelCondition): QueryGroup {
  return readSafely(
    () => {
      assertConditionTree(conditions, ['conditions']);
      assert(
        conditions !== null && typeof conditions === 'object' && !Array.isArray(conditions),
        'INVALID_RULE',
        QUERY_MESSAGES.node,
        ['conditions'],
      );
      const root = toNode(conditions, ['conditions'], true);
      // A reference at the root (the only comparison-like node allowed there): a group holding only it.
      return 'rules' in root ? root : { combinator: 'and', referenceOnly: true, rules: [root] };
    },
    'INVALID_RULE',
    ['conditions'],
  );
}
