import { assert, type IssuePath } from '@hotleads/core';
import { ownValue } from '../input/options';
import { readSafely } from '../input/readSafely';
import { MAX_CONDITION_DEPTH, MAX_CONDITIONS } from '../schema/conditionTree';
import type { Condition, ConditionLiteral, TopLevelCondition } from '../types';
import { QUERY_MESSAGES } from './messages';

type Raw = Record<string, unknown>;

const copy = (value: unknown): unknown => (Array.isArray(value) ? value.map(copy) : value);

function withExtras<T extends object>(target: T, node: Raw, priorityKey: string, nameKey: string): T {
  const priority = ownValue(node, priorityKey);
  const name = ownValue(node, nameKey);
  const out = target as T & { priority?: unknown; name?: unknown };
  if (priority !== undefined) out.priority = priority;
  if (name !== undefined) out.name = name;
  return out;
}

function fromRule(raw: Raw, path: IssuePath): Condition {
  const reference = ownValue(raw, 'condition');
  if (reference !== undefined) {
    assert(typeof reference === 'string', 'INVALID_RULE', QUERY_MESSAGES.condition, [...path, 'condition']);
    return withExtras({ condition: reference }, raw, 'priority', 'name') as Condition;
  }
  const field = ownValue(raw, 'field');
  const operator = ownValue(raw, 'operator');
  assert(typeof field === 'string', 'INVALID_RULE', QUERY_MESSAGES.field, [...path, 'field']);
  assert(typeof operator === 'string', 'INVALID_RULE', QUERY_MESSAGES.operator, [...path, 'operator']);
  const source = ownValue(raw, 'valueSource');
  assert(source === undefined || source === 'value' || source === 'field', 'INVALID_RULE', QUERY_MESSAGES.valueSource, [
    ...path,
    'valueSource',
  ]);
  const node: Record<string, unknown> = { fact: field, operator };
  if (Object.hasOwn(raw, 'value')) {
    if (source === 'field') {
      const valuePath = ownValue(raw, 'valuePath');
      node.value = valuePath === undefined ? { fact: raw.value } : { fact: raw.value, path: valuePath };
    } else {
      node.value = copy(raw.value) as ConditionLiteral;
    }
  }
  const jsonPath = ownValue(raw, 'jsonPath');
  if (jsonPath !== undefined) node.path = jsonPath;
  return withExtras(node, raw, 'priority', 'name') as Condition;
}

type Walk = { nodes: number };

function fromNode(value: unknown, path: IssuePath, depth: number, walk: Walk): Condition | undefined {
  assert(
    value !== null && typeof value === 'object' && !Array.isArray(value),
    'INVALID_RULE',
    QUERY_MESSAGES.queryNode,
    path,
  );
  assert(depth <= MAX_CONDITION_DEPTH && ++walk.nodes <= MAX_CONDITIONS, 'INVALID_RULE', QUERY_MESSAGES.depth, path);
  const raw = value as Raw;
  if (ownValue(raw, 'disabled') === true) return undefined; // react-querybuilder's own switch: left out
  let node: Condition;
  if (Object.hasOwn(raw, 'rules')) {
    const rules = raw.rules;
    assert(Array.isArray(rules), 'INVALID_RULE', QUERY_MESSAGES.rules, [...path, 'rules']);
    const children = rules.flatMap((r, i) => fromNode(r, [...path, 'rules', i], depth + 1, walk) ?? []);
    const only = children.length === 1 ? children[0]! : undefined;
    if (ownValue(raw, 'referenceOnly') === true && only !== undefined && 'condition' in only) return only;
    if (ownValue(raw, 'notOnly') === true && children.length === 1) {
      return withExtras({ not: children[0]! }, raw, 'notPriority', 'notName');
    }
    const combinator = ownValue(raw, 'combinator');
    const key = typeof combinator === 'string' ? { and: 'all', or: 'any' }[combinator.toLowerCase()] : undefined;
    assert(key !== undefined, 'INVALID_RULE', QUERY_MESSAGES.combinator, [...path, 'combinator']);
    node = withExtras({ [key]: children } as unknown as Condition, raw, 'priority', 'name');
  } else {
    node = fromRule(raw, path);
  }
  return ownValue(raw, 'not') === true ? withExtras({ not: node }, raw, 'notPriority', 'notName') : node;
}

/**
 * The condition tree of a react-querybuilder query: the inverse of {@link conditionsToQuery}
 * (`and` is `all`, `or` is `any`, `not: true` wraps the node in a `not`, `valueSource: 'field'`
 * makes the value a fact reference; the extra properties of {@link QueryRule} and
 * {@link QueryGroup} come back as `path`, `priority` and `name`). react-querybuilder's `id` and
 * `path` are dropped, and a `disabled` rule or group is left out, as react-querybuilder's own
 * exports do.
 *
 * The result may be a draft (an empty group, a rule without a field): check it with
 * `ruleIssues` or `validateRule`.
 *
 * @throws HotleadsError `INVALID_RULE` at the query's path for what is no query: a node that is
 *   not an object, a group without a `rules` list or with a combinator other than `and`/`or`, a
 *   rule without a string `field` and `operator`, a rule at the root, more than
 *   `MAX_CONDITION_DEPTH` levels or `MAX_CONDITIONS` nodes.
 * @example queryToConditions({ combinator: 'or', rules: [{ field: 'status', operator: 'equal', value: 'Untouched' }] })
 *   // { any: [{ fact: 'status', operator: 'equal', value: 'Untouched' }] }
 */
export function queryToConditions(query: unknown): TopLevelCondition {
  return readSafely(
    () => {
      assert(
        query !== null && typeof query === 'object' && Object.hasOwn(query, 'rules'),
        'INVALID_RULE',
        QUERY_MESSAGES.rootRule,
      );
      // A disabled root leaves nothing: a draft without conditions.
      return (fromNode(query, [], 1, { nodes: 0 }) ?? { all: [] }) as TopLevelCondition;
    },
    'INVALID_RULE',
    [],
  );
}
