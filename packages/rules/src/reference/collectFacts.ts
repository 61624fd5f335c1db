import { toEpochMs, type Lead, type ScoringModel, type Time } from '@hotleads/core';
import { ACTIVE_INTEREST_EVENTS } from '../catalog/leadSources';
import { compileRules } from '../compile/compileRule';
import { compileFactReader } from '../facts/factReader';
import { FactScope } from '../facts/FactScope';
import { scorerFor } from '../facts/scorer';
import type { CatalogOptions, Rule, TriggerContext } from '../types';

/** Options of {@link collectFacts}. */
export type CollectFactsOptions = CatalogOptions & {
  now: Time;
  trigger?: TriggerContext;
  model?: ScoringModel;
  activeInterestEvents?: string[];
};

/**
 * The facts rules read for one lead, as a plain object for json-rules-engine's
 * `engine.run(facts)`: every fact id the rules use (lead fields by dotted path, derived facts
 * computed exactly as the compiled evaluator computes them). Facts with no value are left out
 * (json-rules-engine then sees them as undefined, with `allowUndefinedFacts`).
 */
export function collectFacts(
  rules: readonly Rule[],
  lead: Lead,
  options: CollectFactsOptions,
): Record<string, unknown> {
  const ids = new Set<string>();
  for (const c of compileRules(rules, options)) for (const f of c.facts) ids.add(f);
  const scope = new FactScope({
    now: toEpochMs(options.now, ['now']),
    trigger: options.trigger,
    activeInterestEvents: options.activeInterestEvents ?? ACTIVE_INTEREST_EVENTS,
    scorer: options.model === undefined ? undefined : scorerFor(options.model),
  }).reset(lead);
  const facts: Record<string, unknown> = {};
  for (const id of ids) {
    const value = compileFactReader(id)(scope);
    if (value !== undefined)
      Object.defineProperty(facts, id, { value, enumerable: true, writable: true, configurable: true });
  }
  return facts;
}
