// @hotleads/rules/reference — json-rules-engine itself, with hotleads' operators registered.
//
// Audience: a host comparing the compiled evaluator with json-rules-engine, or migrating rules
// that already run there. It is the only module that imports json-rules-engine at run time, so a
// host that never imports this entry never loads it.
import { Engine, Operator } from 'json-rules-engine';
import { compileRules } from '../compile/compileRule';
import { customOperators } from '../operators/custom';
import type { CatalogOptions, Rule } from '../types';
import { toJsonRulesEngine } from './toJsonRulesEngine';

export { Engine } from 'json-rules-engine';

/** Registers hotleads' custom operators (the same objects the compiled evaluator uses) on an engine. */
export function registerOperators(engine: Engine): Engine {
  for (const op of customOperators) {
    engine.addOperator(new Operator(op.name, op.callback, op.factValueValidator));
  }
  return engine;
}

/**
 * A json-rules-engine `Engine` holding `rules` (validated, then converted with
 * `toJsonRulesEngine`), with `allowUndefinedFacts: true` and hotleads' custom operators
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
  const compiled = compileRules(rules, options);
  const engine = registerOperators(new Engine([], { allowUndefinedFacts: true }));
  for (const c of compiled) {
    if (c.rule.enabled === false) continue;
    engine.addRule(toJsonRulesEngine(c.rule));
  }
  return engine;
}
