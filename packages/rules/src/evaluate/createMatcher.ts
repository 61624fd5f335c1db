import { toEpochMs, type Lead, type ScoringModel, type Time } from '@hotleads/core';
import { ACTIVE_INTEREST_EVENTS } from '../catalog/leadSources';
import { FactScope } from '../facts/FactScope';
import { scorerFor } from '../facts/scorer';
import type { CatalogOptions, Rule, TriggerContext } from '../types';
import { prepareRules } from './evaluateRules';

/** Options of {@link createMatcher}. */
export type MatcherOptions = CatalogOptions & {
  now: Time;
  trigger?: TriggerContext;
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
 * @example const m = createMatcher(rules, { now }); const hits = new Array(rules.length); for (const l of leads) m.matches(l, hits);
 */
export function createMatcher(rules: readonly Rule[], options: MatcherOptions): Matcher {
  const prepared = prepareRules(rules, { catalog: options.catalog, model: options.model });
  const byInput = rules.map((r) => prepared.ordered.find((c) => c.rule.id === r.id)!);
  const fns = byInput.map((c) => c.matches);
  const scope = new FactScope({
    now: toEpochMs(options.now, ['now']),
    trigger: options.trigger,
    activeInterestEvents: options.activeInterestEvents ?? ACTIVE_INTEREST_EVENTS,
    scorer: options.model === undefined ? undefined : scorerFor(options.model),
  });
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
