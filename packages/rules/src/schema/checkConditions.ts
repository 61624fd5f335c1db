import { HotleadsError, parseFieldPath, type IssuePath } from '@hotleads/core';
import { findFact } from '../catalog/findFact';
import type { FactDefinition } from '../catalog/types';
import { parseJsonPath } from '../facts/jsonPath';
import { parseOperatorName } from '../operators/resolveOperator';
import type { Condition, ConditionRegistry, ConditionValue, FactCondition, FactReference } from '../types';
import { registryFacts, unknownConditionMessage } from './registryFacts';

/** True when a condition value reads another fact (`{ fact: 'x' }`, an own `fact`). Never throws: an unreadable value is no reference. */
export function isFactReference(value: unknown): value is FactReference {
  if (value === null || typeof value !== 'object') return false;
  try {
    return !Array.isArray(value) && Object.prototype.hasOwnProperty.call(value, 'fact');
  } catch {
    return false; // a Proxy whose traps throw
  }
}

function fail(message: string, path: IssuePath): never {
  throw new HotleadsError('INVALID_RULE', message, { path });
}

function checkFactId(id: string, catalog: readonly FactDefinition[], path: IssuePath): void {
  parseFieldPath(id, path);
  if (findFact(catalog, id) === undefined)
    fail(`Unknown fact "${id}": not in the fact catalog (add it with extendCatalog)`, path);
}

const describe = (v: unknown) =>
  Array.isArray(v) ? 'a list' : v === null ? 'null' : typeof v === 'string' ? 'a string' : typeof v;

function checkBaseValue(operator: string, value: ConditionValue, path: IssuePath): void {
  switch (operator) {
    case 'equal':
    case 'notEqual':
    case 'contains':
    case 'doesNotContain':
      if (Array.isArray(value)) fail(`"${operator}" compares with a single value, not a list`, path);
      return;
    case 'in':
    case 'notIn':
      if (!Array.isArray(value)) fail(`"${operator}" needs a list of values, got ${describe(value)}`, path);
      return;
    case 'lessThan':
    case 'lessThanInclusive':
    case 'greaterThan':
    case 'greaterThanInclusive':
      if (typeof value !== 'number') fail(`"${operator}" needs a number, got ${describe(value)}`, path);
      return;
    case 'containsText':
    case 'doesNotContainText':
      if (typeof value !== 'string') fail(`"${operator}" needs a text value, got ${describe(value)}`, path);
      return;
    case 'withinRange':
      if (!Array.isArray(value) || value.length !== 2 || typeof value[0] !== 'number' || typeof value[1] !== 'number') {
        fail('"withinRange" needs a pair of numbers [low, high]', path);
      }
      if (value[0] > value[1]) fail('"withinRange" needs low <= high', path);
      return;
    default:
      return;
  }
}

function checkValue(decorators: readonly string[], base: string, value: ConditionValue, path: IssuePath): void {
  if (decorators.length === 0) return checkBaseValue(base, value, path);
  const [first, ...rest] = decorators;
  if (first === 'swap') return; // the sides change places: the fact decides at run time
  if (first === 'someValue' || first === 'everyValue') {
    if (!Array.isArray(value)) fail(`"${first}" needs a list of values, got ${describe(value)}`, path);
    value.forEach((v, i) => checkValue(rest, base, v, [...path, i]));
    return;
  }
  checkValue(rest, base, value, path);
}

const NONE: ConditionRegistry = /* @__PURE__ */ (() => Object.freeze(Object.create(null)))();

/** What a condition tree uses, collected while checking it. */
export type ConditionUsage = { facts: Set<string> };

/**
 * Checks every comparison of a condition tree against the catalog and the operators: known fact,
 * known operator, value of the right type for the operator, JSONPaths in the accepted subset.
 * A named condition reference must name an entry of `registry` (a checked one, whose entries
 * are checked already); the facts that entry reads are added to `usage`.
 * With `found`, every comparison's first problem is added to it instead of thrown.
 *
 * @throws HotleadsError `INVALID_RULE` / `INVALID_PATH` with the path of the offending node.
 */
export function checkConditions(
  node: Condition,
  catalog: readonly FactDefinition[],
  path: IssuePath,
  usage: ConditionUsage,
  found?: HotleadsError[],
  registry: ConditionRegistry = NONE,
): void {
  if ('all' in node)
    return node.all.forEach((c, i) => checkConditions(c, catalog, [...path, 'all', i], usage, found, registry));
  if ('any' in node)
    return node.any.forEach((c, i) => checkConditions(c, catalog, [...path, 'any', i], usage, found, registry));
  if ('not' in node) return checkConditions(node.not, catalog, [...path, 'not'], usage, found, registry);
  if ('condition' in node) {
    if (Object.hasOwn(registry, node.condition)) {
      for (const f of registryFacts(registry, node.condition)) usage.facts.add(f);
      return;
    }
    const e = new HotleadsError('INVALID_RULE', unknownConditionMessage(node.condition), { path });
    if (found === undefined) throw e;
    found.push(e);
    return;
  }
  if (found === undefined) return checkLeaf(node, catalog, path, usage);
  try {
    checkLeaf(node, catalog, path, usage);
  } catch (e) {
    if (!(e instanceof HotleadsError)) throw e;
    found.push(e);
  }
}

function checkLeaf(
  node: FactCondition,
  catalog: readonly FactDefinition[],
  path: IssuePath,
  usage: ConditionUsage,
): void {
  checkFactId(node.fact, catalog, [...path, 'fact']);
  usage.facts.add(node.fact);
  if (node.path !== undefined) parseJsonPath(node.path, [...path, 'path']);
  const parsed = parseOperatorName(node.operator);
  if (parsed === undefined) fail(`Unknown operator "${node.operator}"`, [...path, 'operator']);
  if (isFactReference(node.value)) {
    checkFactId(node.value.fact, catalog, [...path, 'value', 'fact']);
    usage.facts.add(node.value.fact);
    if (node.value.path !== undefined) parseJsonPath(node.value.path, [...path, 'value', 'path']);
    return;
  }
  checkValue(parsed.decorators, parsed.base, node.value, [...path, 'value']);
}
