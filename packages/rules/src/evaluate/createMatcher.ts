import { toEpochMs, type Lead, type ScoringModel, type Time } from '@hotleads/core';
import type { FactDefinition } from '../catalog/types';
import { nodesOf } from '../compile/compileRule';
import { generateConditionSet } from '../compile/generateCondition';
import { FactScope } from '../facts/FactScope';
import { scorerFor } from '../facts/scorer';
import { readOptions } from '../input/options';
import type { CatalogOptions, ConditionRegistry, Rule, TriggerContext } from '../types';
import { prepareRules } from './evaluateRules';

/** Options of {@link createMatcher}. */
export type MatcherOptions = CatalogOptions & {
  now: Time;
  /** `null` or absent: no trigger. */
  trigger?: TriggerContext | null;
  model?: ScoringModel;
  activeInterestEvents?: string[];
};

/** Matches leads against a rule set's conditions only. */
export type Matcher = {
  /** Rule ids in the order `matches` reports them (the input order). */
  ruleIds: readonly string[];
  /**
   * Writes into `out[i]` whether rule `i`'s conditions hold for `lead` (an operator error counts
   * as no match; evaluateRules and previewRule report errors). Returns the number of matches.
   */
  matches: (lead: Lead, out: boolean[]) => number;
};

/**
 * The compiled evaluator at full speed, for previews and batch jobs: conditions only (no
 * triggers, state or explanations), one fact scope reused for every lead, no allocation per
 * condition. Leads are not checked; pass checked leads (see `checkLead`).
 *
 * @throws HotleadsError as {@link prepareRules} for the rules, `INVALID_TIME` for `now`,
 *   `INVALID_ARGUMENT` for a bad trigger or option.
 * @example const m = createMatcher(rules, { now }); const hits = new Array(rules.length); for (const l of leads) m.matches(l, hits);
 */
export function createMatcher(rules: readonly Rule[], options: MatcherOptions): Matcher {
  const o = readOptions(options, ['now', 'trigger', 'model', 'activeInterestEvents', 'catalog', 'conditions']);
  const model = o.model as ScoringModel | undefined;
  const prepared = prepareRules(rules, {
    catalog: o.catalog as readonly FactDefinition[] | undefined,
    conditions: o.conditions as ConditionRegistry | undefined,
    model,
  });
  const byInput = rules.map((r) => prepared.ordered.find((c) => c.rule.id === r.id)!);
  const fns = byInput.map((c) => c.matches);
  const scope = new FactScope({
    now: toEpochMs(o.now as Time, ['now']),
    trigger: o.trigger as TriggerContext | undefined,
    activeInterestEvents: o.activeInterestEvents as string[] | undefined,
    scorer: model === undefined ? undefined : scorerFor(model),
  });
  // One generated function for the whole set (no call per rule); the per-rule loop where code
  // generation is not allowed.
  const whole = generateConditionSet(byInput.map((c) => ({ node: c.rule.conditions, nodes: nodesOf(c) })));
  if (whole !== undefined)
    return { ruleIds: byInput.map((c) => c.id), matches: (lead, out) => whole(scope.reset(lead), out) };
  return {
    ruleIds: byInput.map((c) => c.id),
    matches: (lead, out) => {
      scope.reset(lead);
      let n = 0;
      for (let i = 0; i < fns.length; i++) {
        let hit: boolean;
        try {
          hit = fns[i]!(scope);
        } catch {
          hit = false;
        }
        out[i] = hit;
        if (hit) n++;
      }
      return n;
    },
  };
}
