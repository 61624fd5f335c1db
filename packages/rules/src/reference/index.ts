// @hotleads/rules/reference — json-rules-engine itself, with hotleads' operators registered.
//
// Audience: a host comparing the compiled evaluator with json-rules-engine, or migrating rules
// that already run there. It is the only module that imports json-rules-engine at run time, so a
// host that never imports this entry never loads it.
import { HotleadsError } from '@hotleads/core';
import { Engine, Operator } from 'json-rules-engine';
import { compileRules } from '../compile/compileRule';
import { customOperators } from '../operators/custom';
import { checkCatalog } from '../catalog/checkCatalog';
import { readOptions } from '../input/options';
import { checkConditionRegistry } from '../schema/conditionRegistry';
import type { CatalogOptions, Rule, TopLevelCondition } from '../types';
import { toJsonRulesEngine } from './toJsonRulesEngine';

export { Engine } from 'json-rules-engine';

/**
 * Registers hotleads' custom operators (the same objects the compiled evaluator uses) on an engine.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` for anything but a json-rules-engine `Engine`.
 */
export function registerOperators(engine: Engine): Engine {
  let isEngine: boolean;
  try {
    isEngine = engine instanceof Engine;
  } catch {
    isEngine = false; // a Proxy whose traps throw
  }
  if (!isEngine)
    throw new HotleadsError('INVALID_ARGUMENT', 'Expected a json-rules-engine Engine', { path: ['engine'] });
  for (const op of customOperators) {
    engine.addOperator(new Operator(op.name, op.callback, op.factValueValidator));
  }
  return engine;
}

/**
 * A json-rules-engine `Engine` holding `rules` (validated, then converted with
 * `toJsonRulesEngine`) and the named conditions of the `conditions` option (`engine.setCondition`),
 * with `allowUndefinedFacts: true` and hotleads' custom operators
 * registered exactly as the compiled evaluator uses them. Run it with
 * `engine.run(collectFacts(rules, lead, { now }))` (`collectFacts` is exported by the main entry,
 * `@hotleads/rules`); each success event is a fired rule.
 *
 * @example
 * import { collectFacts } from '@hotleads/rules';
 * const engine = createReferenceEngine(rules);
 * const { events } = await engine.run(collectFacts(rules, lead, { now }));
 */
export function createReferenceEngine(rules: readonly Rule[], options: CatalogOptions = {}): Engine {
  const o = readOptions(options, ['catalog', 'conditions']);
  const catalog = checkCatalog(o.catalog);
  const conditions = checkConditionRegistry(o.conditions, catalog);
  const compiled = compileRules(rules, { catalog, conditions });
  const engine = registerOperators(new Engine([], { allowUndefinedFacts: true }));
  // Named conditions (json-rules-engine's setCondition), deep-copied: the engine mutates them.
  for (const name of Object.keys(conditions))
    engine.setCondition(name, JSON.parse(JSON.stringify(conditions[name])) as TopLevelCondition);
  for (const c of compiled) {
    if (c.rule.enabled === false) continue;
    engine.addRule(toJsonRulesEngine(c.rule));
  }
  return engine;
}
