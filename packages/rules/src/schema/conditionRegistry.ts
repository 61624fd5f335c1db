import { HotleadsError, type IssuePath } from '@hotleads/core';
import type { FactDefinition } from '../catalog/types';
import { readSafely } from '../input/readSafely';
import type { Condition, ConditionRegistry, TopLevelCondition } from '../types';
import { checkConditions } from './checkConditions';
import { assertConditionTree, MAX_CONDITION_DEPTH, MAX_CONDITIONS } from './conditionTree';
import { parseRuleInput } from './parseRuleInput';
import { registryFactsMap, registrySizesMap } from './registryFacts';
import { topLevelConditionSchema } from './ruleSchema';

/** The constant sentences of {@link checkConditionRegistry}. */
export const CONDITION_REGISTRY_MESSAGES = /* @__PURE__ */ (() =>
  Object.freeze({
    registry: 'Expected the named conditions as an object of condition trees',
    depth: `Named conditions, references followed, are nested more than ${MAX_CONDITION_DEPTH} levels deep`,
    size: `Named conditions, references followed, have more than ${MAX_CONDITIONS} nodes`,
  } as const))();

/** The sentence for references that lead back to where they started, e.g. `a → b → a`. */
export function conditionCycleMessage(cycle: readonly string[]): string {
  return `Named conditions reference each other in a cycle: ${cycle.join(' → ')}`;
}

/** The registry without any named condition. */
export const NO_CONDITIONS: ConditionRegistry = /* @__PURE__ */ (() => Object.freeze(Object.create(null)))();

const checked = /* @__PURE__ */ (() => new WeakMap<object, WeakMap<readonly FactDefinition[], ConditionRegistry>>())();

/** The names a condition tree references, in order (references inside other names not followed). */
export function referencedNames(node: Condition, out: string[] = []): string[] {
  if ('all' in node) node.all.forEach((c) => referencedNames(c, out));
  else if ('any' in node) node.any.forEach((c) => referencedNames(c, out));
  else if ('not' in node) referencedNames(node.not, out);
  else if ('condition' in node) out.push(node.condition);
  return out;
}

function findCycle(entries: ReadonlyMap<string, TopLevelCondition>): string[] | undefined {
  const done = new Set<string>();
  const stack: string[] = [];
  const visit = (name: string): string[] | undefined => {
    if (done.has(name)) return undefined;
    const at = stack.indexOf(name);
    if (at >= 0) return [...stack.slice(at), name];
    const entry = entries.get(name);
    if (entry === undefined) return undefined;
    stack.push(name);
    for (const next of referencedNames(entry)) {
      const cycle = visit(next);
      if (cycle !== undefined) return cycle;
    }
    stack.pop();
    done.add(name);
    return undefined;
  };
  for (const name of entries.keys()) {
    const cycle = visit(name);
    if (cycle !== undefined) return cycle;
  }
  return undefined;
}

/**
 * The `conditions` option (json-rules-engine's `engine.setCondition`): `undefined` is no named
 * condition; otherwise an object whose own keys name condition trees, each checked like a rule's
 * conditions (shape, structure, catalog; references to names it holds), and no cycle through
 * references. Returns a frozen, normalized copy, checked once per object and catalog: treat a
 * registry as immutable once used.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` for something that is no object; `INVALID_RULE` (or
 *   `INVALID_PATH`) at `['conditions', name, …]` for a bad entry, an unknown reference or a cycle.
 */
export function checkConditionRegistry(value: unknown, catalog: readonly FactDefinition[]): ConditionRegistry {
  if (value === undefined) return NO_CONDITIONS;
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new HotleadsError('INVALID_ARGUMENT', CONDITION_REGISTRY_MESSAGES.registry, { path: ['conditions'] });
  const hit = checked.get(value)?.get(catalog);
  if (hit !== undefined) return hit;
  const names = readSafely(() => Object.keys(value), 'INVALID_ARGUMENT', ['conditions']);
  const entries = new Map<string, TopLevelCondition>();
  for (const name of names) {
    const path: IssuePath = ['conditions', name];
    const raw = readSafely(() => (value as Record<string, unknown>)[name], 'INVALID_RULE', path);
    assertConditionTree(raw, path);
    entries.set(name, parseRuleInput(topLevelConditionSchema, raw, 'rule', path) as TopLevelCondition);
  }
  const registry: ConditionRegistry = Object.freeze(Object.assign(Object.create(null), Object.fromEntries(entries)));
  for (const [name, entry] of entries)
    checkConditions(entry, catalog, ['conditions', name], { facts: new Set() }, undefined, registry);
  const cycle = findCycle(entries);
  if (cycle !== undefined)
    throw new HotleadsError('INVALID_RULE', conditionCycleMessage(cycle), { path: ['conditions', cycle[0]!] });
  const facts = new Map<string, ReadonlySet<string>>();
  const collect = (name: string): ReadonlySet<string> => {
    const known = facts.get(name);
    if (known !== undefined) return known;
    const usage = { facts: new Set<string>() };
    checkConditions(entries.get(name)!, catalog, [], usage, undefined, registry);
    for (const ref of referencedNames(entries.get(name)!)) for (const f of collect(ref)) usage.facts.add(f);
    facts.set(name, usage.facts);
    return usage.facts;
  };
  for (const name of entries.keys()) collect(name);
  // A reference stands for its whole entry: bound the trees references expand to, as the tree check does.
  const shapes = new Map<string, { size: number; height: number }>();
  const shape = (node: Condition): { size: number; height: number } => {
    if ('condition' in node) {
      let known = shapes.get(node.condition);
      if (known === undefined) shapes.set(node.condition, (known = shape(entries.get(node.condition)!)));
      return { size: known.size + 1, height: known.height + 1 };
    }
    const kids = 'all' in node ? node.all : 'any' in node ? node.any : 'not' in node ? [node.not] : [];
    if (kids.length === 0) return { size: 1, height: 0 };
    let size = 1;
    let height = 0;
    for (const k of kids) {
      const s = shape(k);
      size = Math.min(size + s.size, MAX_CONDITIONS + 1);
      height = Math.max(height, s.height);
    }
    return { size, height: height + 1 };
  };
  const sizes = new Map<string, number>();
  for (const name of entries.keys()) {
    const s = shape({ condition: name });
    sizes.set(name, s.size - 1);
    const at = { path: ['conditions', name] };
    if (s.height > MAX_CONDITION_DEPTH) throw new HotleadsError('INVALID_RULE', CONDITION_REGISTRY_MESSAGES.depth, at);
    if (s.size > MAX_CONDITIONS) throw new HotleadsError('INVALID_RULE', CONDITION_REGISTRY_MESSAGES.size, at);
  }
  registryFactsMap.set(registry, facts);
  registrySizesMap.set(registry, sizes);
  let byCatalog = checked.get(value);
  if (byCatalog === undefined) checked.set(value, (byCatalog = new WeakMap()));
  byCatalog.set(catalog, registry);
  return registry;
}
