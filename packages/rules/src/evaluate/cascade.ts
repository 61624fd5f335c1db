import { HotleadsError, type Lead } from '@hotleads/core';
import type { EvaluationContext, Rule, RuleEvaluation, RuleState } from '../types';
import { evaluatePrepared, prepareRules } from './evaluateRules';
import { applyRuns, emptyRuleState } from './ruleState';

/** Options of {@link cascadeRules}. */
export type CascadeOptions = EvaluationContext & {
  /** Re-evaluations after status changes before giving up (default 5). */
  maxDepth?: number;
};

/** The outcome of a cascade. */
export type CascadeResult = {
  /** One evaluation per step: the first for the original trigger, then one per status change. */
  steps: RuleEvaluation[];
  /** The lead with every status change applied. */
  lead: Lead;
  /** The state with every step's runs applied. */
  state: RuleState;
  /** The status changes applied, in order. */
  transitions: Array<{ from: string | undefined; to: string; ruleId: string }>;
  /** `settled`: no further change; `cycle`: a status came back; `depth`: maxDepth reached with a change pending. */
  stoppedBy: 'settled' | 'cycle' | 'depth';
  /** For a cycle: the statuses of the loop, e.g. `['Nurturing', 'Qualified', 'Nurturing']`. */
  cycle?: string[];
};

/**
 * Evaluates rules, applies the first `updateStatus` action that changes the lead's status,
 * re-evaluates with a `statusChange` trigger, and so on. Stops when nothing changes, when a
 * status repeats (reported as a cycle, never looped) or after `maxDepth` re-evaluations.
 *
 * @example const c = cascadeRules(rules, lead, { now, trigger: { type: 'event', event: 'quote_request' } });
 */
export function cascadeRules(rules: readonly Rule[], lead: Lead, options: CascadeOptions): CascadeResult {
  const maxDepth = options.maxDepth ?? 5;
  if (!Number.isInteger(maxDepth) || maxDepth < 0 || maxDepth > 100)
    throw new HotleadsError('INVALID_ARGUMENT', 'maxDepth must be an integer 0..100', { path: ['maxDepth'] });
  const prepared = prepareRules(rules, { catalog: options.catalog, model: options.model });
  let current = lead;
  let state = options.state ?? emptyRuleState();
  let trigger = options.trigger;
  const steps: RuleEvaluation[] = [];
  const transitions: CascadeResult['transitions'] = [];
  const statusOf = (l: Lead) => (typeof l.status === 'string' ? l.status : undefined);
  const seen: Array<string | undefined> = [statusOf(current)];
  for (let depth = 0; ; depth++) {
    const step = evaluatePrepared(prepared, current, { ...options, state, trigger });
    steps.push(step);
    state = applyRuns(state, step.runs);
    const from = statusOf(current);
    const change = step.actions.find((a) => a.action.type === 'updateStatus' && a.action.status !== from);
    if (change === undefined || change.action.type !== 'updateStatus')
      return { steps, lead: current, state, transitions, stoppedBy: 'settled' };
    const to = change.action.status;
    current = { ...current, status: to };
    transitions.push({ from, to, ruleId: change.ruleId });
    if (seen.includes(to)) {
      const start = seen.indexOf(to);
      return {
        steps,
        lead: current,
        state,
        transitions,
        stoppedBy: 'cycle',
        cycle: [...seen.slice(start).map((s) => String(s)), to],
      };
    }
    seen.push(to);
    if (depth >= maxDepth) return { steps, lead: current, state, transitions, stoppedBy: 'depth' };
    trigger = from === undefined ? { type: 'statusChange', to } : { type: 'statusChange', from, to };
  }
}
