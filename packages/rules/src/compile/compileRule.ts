import { HotleadsError } from '@hotleads/core';
import { checkCatalog } from '../catalog/checkCatalog';
import type { FactDefinition } from '../catalog/types';
import { readOptions } from '../input/options';
import type { FactScope } from '../facts/FactScope';
import { checkConditions } from '../schema/checkConditions';
import { validateRule } from '../schema/validateRule';
import { checkConditionRegistry } from '../schema/conditionRegistry';
import type { CatalogOptions, ConditionRegistry, ConditionResult, Rule } from '../types';
import { compileCondition, type CompiledNodes } from './compileConditions';
import { generateCondition } from './generateCondition';

/** Default rule priority. */
export const DEFAULT_PRIORITY = 5;

/** A rule validated and compiled once; `matches` runs its conditions on a fact scope. */
export type CompiledRule = {
  rule: Rule;
  id: string;
  priority: number;
  /** Every fact id the conditions read (comparisons and fact references). */
  facts: readonly string[];
  /** True when a condition uses `score` or `band`. */
  usesModel: boolean;
  matches: (scope: FactScope) => boolean;
  /** The same as `matches`, with nested closures only (no generated code). */
  matchesWithClosures: (scope: FactScope) => boolean;
  explain: (scope: FactScope) => ConditionResult;
};

/** Per rule object, catalog and (checked) registry of named conditions. */
const cache = new WeakMap<object, WeakMap<readonly FactDefinition[], WeakMap<ConditionRegistry, CompiledRule>>>();
/** The closures compiled for each compiled rule's nodes, for generating a rule set's code without compiling again. */
const compiledNodes = new WeakMap<CompiledRule, CompiledNodes>();

/** The closures of a compiled rule's condition nodes (createMatcher generates the whole set from them). */
export function nodesOf(rule: CompiledRule): CompiledNodes {
  return compiledNodes.get(rule) ?? new Map();
}

/**
 * Validates (zod, catalog) and compiles a rule into synchronous closures. Compiled rules are
 * cached per rule object, catalog and `conditions` registry, so treat rules as immutable once
 * evaluated. A named condition reference compiles to its registry entry.
 *
 * @throws HotleadsError `INVALID_RULE` / `INVALID_PATH` as {@link validateRule};
 *   `INVALID_ARGUMENT` for a bad `catalog` option; as `checkConditionRegistry` for a bad `conditions` option.
 */
export function compileRule(input: Rule, options: CatalogOptions = {}): CompiledRule {
  const o = readOptions(options, ['catalog', 'conditions']);
  const catalog = checkCatalog(o.catalog);
  const registry = checkConditionRegistry(o.conditions, catalog);
  if (input !== null && typeof input === 'object') {
    const hit = cache.get(input)?.get(catalog)?.get(registry);
    if (hit !== undefined) return hit;
  }
  const rule = validateRule(input, { catalog, conditions: registry });
  const usage = { facts: new Set<string>() };
  checkConditions(rule.conditions, catalog, ['conditions'], usage, undefined, registry);
  // One compile of the tree: the generated matcher reuses these closures where it does not inline.
  const nodes: CompiledNodes = new Map();
  const condition = compileCondition(rule.conditions, ['conditions'], nodes, registry);
  const facts = [...usage.facts];
  const compiled: CompiledRule = Object.freeze({
    rule,
    id: rule.id,
    priority: rule.priority ?? DEFAULT_PRIORITY,
    facts,
    usesModel: facts.includes('score') || facts.includes('band'),
    matches: generateCondition(rule.conditions, nodes) ?? condition.evaluate,
    matchesWithClosures: condition.evaluate,
    explain: condition.explain,
  });
  compiledNodes.set(compiled, nodes);
  if (input !== null && typeof input === 'object') {
    let byCatalog = cache.get(input);
    if (byCatalog === undefined) cache.set(input, (byCatalog = new WeakMap()));
    let byRegistry = byCatalog.get(catalog);
    if (byRegistry === undefined) byCatalog.set(catalog, (byRegistry = new WeakMap()));
    byRegistry.set(registry, compiled);
  }
  return compiled;
}

/**
 * Compiles several rules; a failure names the rule's index.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` when `rules` is not an array; as {@link compileRule}
 *   (path `[index, …]`); `INVALID_RULE` for a duplicate id.
 */
export function compileRules(rules: readonly Rule[], options: CatalogOptions = {}): CompiledRule[] {
  if (!Array.isArray(rules)) throw new HotleadsError('INVALID_ARGUMENT', 'Expected an array of rules');
  const o = readOptions(options, ['catalog', 'conditions']);
  const catalog = checkCatalog(o.catalog);
  const conditions = checkConditionRegistry(o.conditions, catalog);
  const seen = new Set<string>();
  const out: CompiledRule[] = [];
  for (let i = 0; i < rules.length; i++) {
    let compiled: CompiledRule;
    try {
      compiled = compileRule(rules[i]!, { catalog, conditions });
    } catch (e) {
      throw HotleadsError.wrap(e, [i]);
    }
    if (seen.has(compiled.id))
      throw new HotleadsError('INVALID_RULE', `Duplicate rule id "${compiled.id}"`, { path: [i, 'id'] });
    seen.add(compiled.id);
    out.push(compiled);
  }
  return out;
}
