import { toEpochMs, type Lead, type ScoringModel, type Time } from '@hotleads/core';
import type { FactDefinition } from '../catalog/types';
import { compileRules } from '../compile/compileRule';
import { compileFactReader } from '../facts/factReader';
import { FactScope } from '../facts/FactScope';
import { readLeadId } from '../facts/readLead';
import { scorerFor } from '../facts/scorer';
import { readOptions } from '../input/options';
import { readSafely } from '../input/readSafely';
import type { CatalogOptions, ConditionRegistry, Rule, TriggerContext } from '../types';

/** Options of {@link collectFacts}. */
export type CollectFactsOptions = CatalogOptions & {
  now: Time;
  /** `null` or absent: no trigger. */
  trigger?: TriggerContext | null;
  model?: ScoringModel;
  activeInterestEvents?: string[];
};

/**
 * The facts rules read for one lead, as a plain object for json-rules-engine's
 * `engine.run(facts)`: every fact id the rules use, named conditions they reference included (lead fields by dotted path, derived facts
 * computed exactly as the compiled evaluator computes them). Facts with no value are left out
 * (json-rules-engine then sees them as undefined, with `allowUndefinedFacts`).
 *
 * @throws HotleadsError as `compileRules` for the rules, `INVALID_LEAD` for a lead the lead check
 *   refuses or one whose reading throws, `INVALID_TIME` for `now`, `INVALID_ARGUMENT` for an option.
 */
export function collectFacts(
  rules: readonly Rule[],
  lead: Lead,
  options: CollectFactsOptions,
): Record<string, unknown> {
  const o = readOptions(options, ['now', 'trigger', 'model', 'activeInterestEvents', 'catalog', 'conditions']);
  const ids = new Set<string>();
  const conditions = o.conditions as ConditionRegistry | undefined;
  for (const c of compileRules(rules, { catalog: o.catalog as readonly FactDefinition[] | undefined, conditions }))
    for (const f of c.facts) ids.add(f);
  readLeadId(lead);
  const model = o.model as ScoringModel | undefined;
  const scope = new FactScope({
    now: toEpochMs(o.now as Time, ['now']),
    trigger: o.trigger as TriggerContext | undefined,
    activeInterestEvents: o.activeInterestEvents as string[] | undefined,
    scorer: model === undefined ? undefined : scorerFor(model),
  }).reset(lead);
  const facts: Record<string, unknown> = {};
  for (const id of ids) {
    const value = readSafely(() => compileFactReader(id)(scope), 'INVALID_LEAD', [id]);
    if (value !== undefined)
      Object.defineProperty(facts, id, { value, enumerable: true, writable: true, configurable: true });
  }
  return facts;
}
