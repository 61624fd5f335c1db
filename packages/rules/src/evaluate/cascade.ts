import { HotleadsError, type Lead, type ScoringModel } from '@hotleads/core';
import type { FactDefinition } from '../catalog/types';
import { readOptions } from '../input/options';
import { readSafely } from '../input/readSafely';
import type { ConditionRegistry, EvaluationContext, Rule, RuleEvaluation, RuleState } from '../types';
import { evaluatePrepared, prepareRules, type PreparedRules } from './evaluateRules';
import { applyRuns, emptyRuleState } from './ruleState';

/** Options of {@link cascadeRules}. */
export type CascadeOptions = EvaluationContext & {
  /** Re-evaluations after status changes before giving up (default {@link DEFAULT_CASCADE_DEPTH}, 5). */
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

/** The default of {@link CascadeOptions}' `maxDepth`. */
export const DEFAULT_CASCADE_DEPTH = 5;

/**
 * A cascade's `maxDepth` option: absent reads as {@link DEFAULT_CASCADE_DEPTH}.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` (path `['maxDepth']`) for anything but an integer 0..100.
 */
export function readMaxDepth(value: unknown): number {
  const maxDepth = value ?? DEFAULT_CASCADE_DEPTH;
  if (typeof maxDepth !== 'number' || !Number.isInteger(maxDepth) || maxDepth < 0 || maxDepth > 100)
    throw new HotleadsError('INVALID_ARGUMENT', 'maxDepth must be an integer 0..100', { path: ['maxDepth'] });
  return maxDepth;
}

/**
 * A lead's own `status` when it is a string, else undefined (as every fact is read).
 *
 * @throws HotleadsError `INVALID_LEAD` (path `['status']`) when reading it throws.
 */
export function leadStatus(lead: Lead): string | undefined {
  return readSafely(
    () => (Object.hasOwn(lead, 'status') && typeof lead.status === 'string' ? lead.status : undefined),
    'INVALID_LEAD',
    ['status'],
  );
}

/**
 * Evaluates rules, applies the first `updateStatus` action that changes the lead's status,
 * re-evaluates with a `statusChange` trigger, and so on. Stops when nothing changes, when a
 * status repeats (reported as a cycle, never looped) or after `maxDepth` re-evaluations.
 * Without `state` the cascade starts from `emptyRuleState()`.
 *
 * @throws HotleadsError as `evaluateRules`, and `INVALID_ARGUMENT` for a `maxDepth` that is not
 *   an integer 0..100 (path `['maxDepth']`).
 * @example const c = cascadeRules(rules, lead, { now, trigger: { type: 'event', event: 'quote_request' } });
 */
export function cascadeRules(rules: readonly Rule[], lead: Lead, options: CascadeOptions): CascadeResult {
  const o = readOptions(options, [
    'now',
    'trigger',
    'state',
    'model',
    'catalog',
    'conditions',
    'activeInterestEvents',
    'explain',
    'maxDepth',
  ]);
  const maxDepth = readMaxDepth(o.maxDepth);
  const prepared = prepareRules(rules, {
    catalog: o.catalog as readonly FactDefinition[] | undefined,
    conditions: o.conditions as ConditionRegistry | undefined,
    model: o.model as ScoringModel | undefined,
  });
  const context = {
    now: o.now,
    activeInterestEvents: o.activeInterestEvents,
    explain: o.explain,
    state: o.state,
    trigger: o.trigger,
  } as EvaluationContext;
  return cascadePrepared(prepared, lead, context, maxDepth);
}

/**
 * {@link cascadeRules} on rules prepared once (for many leads, as `previewMove` runs it):
 * `context.trigger` starts the cascade, and `context.state` (default `emptyRuleState()`) is its
 * first state.
 *
 * @throws HotleadsError as {@link cascadeRules}.
 */
export function cascadePrepared(
  prepared: PreparedRules,
  lead: Lead,
  context: EvaluationContext,
  maxDepth: number,
): CascadeResult {
  const { state: first, trigger: start, ...rest } = context;
  let current = lead;
  let state = first ?? emptyRuleState();
  let trigger = start ?? undefined;
  const steps: RuleEvaluation[] = [];
  const transitions: CascadeResult['transitions'] = [];
  let seen: Array<string | undefined> | undefined;
  for (let depth = 0; ; depth++) {
    const step = evaluatePrepared(prepared, current, { ...rest, state, trigger });
    // Own properties only, as every fact is read; the lead was checked by the first evaluation.
    seen ??= [leadStatus(current)];
    steps.push(step);
    state = applyRuns(state, step.runs);
    const from = leadStatus(current);
    const change = step.actions.find((a) => a.action.type === 'updateStatus' && a.action.status !== from);
    if (change === undefined || change.action.type !== 'updateStatus')
      return { steps, lead: current, state, transitions, stoppedBy: 'settled' };
    const to = change.action.status;
    const before = current;
    current = readSafely(() => ({ ...before, status: to }), 'INVALID_LEAD', []);
    transitions.push({ from, to, ruleId: change.ruleId });
    if (seen.includes(to)) {
      const at = seen.indexOf(to);
      return {
        steps,
        lead: current,
        state,
        transitions,
        stoppedBy: 'cycle',
        cycle: [...seen.slice(at).map((s) => String(s)), to],
      };
    }
    seen.push(to);
    if (depth >= maxDepth) return { steps, lead: current, state, transitions, stoppedBy: 'depth' };
    trigger = from === undefined ? { type: 'statusChange', to } : { type: 'statusChange', from, to };
  }
}
