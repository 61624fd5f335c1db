import { HOUR_MS, HotleadsError, toEpochMs, tryEpochMs, type ScoringModel } from '@hotleads/core';
import { checkCatalog } from '../catalog/checkCatalog';
import { checkConditionRegistry } from '../schema/conditionRegistry';
import type { FactDefinition } from '../catalog/types';
import { compileRules, type CompiledRule } from '../compile/compileRule';
import { FactScope, READ_ALREADY } from '../facts/FactScope';
import { readLeadId } from '../facts/readLead';
import { scorerFor, type ScoreFn } from '../facts/scorer';
import { errorMessage } from '../input/errorMessage';
import { optionalBoolean, readOptions } from '../input/options';
import { isoTime } from '../input/time';
import type {
  CatalogOptions,
  ConditionRegistry,
  ConditionResult,
  EvaluationContext,
  FiredRule,
  Lead,
  Rule,
  RuleEvaluation,
  SkippedRule,
  TriggerContext,
} from '../types';
import { readContextFields, readPrepareFields } from './readContext';
import { leadTable, readRuleState, runRecord, type StateView } from './ruleState';
import { matchTrigger } from './triggerMatches';

/** Rules compiled and put in execution order once, for evaluating many leads. */
export type PreparedRules = {
  /** Compiled rules in execution order: priority (high first), then list order. */
  ordered: readonly CompiledRule[];
  model: ScoringModel | undefined;
};

/**
 * Compiles rules and fixes their execution order. A rule using `score` / `band` without a model
 * is refused.
 *
 * @throws HotleadsError `INVALID_RULE` (path `[index, ...]`), `MODEL_REQUIRED`.
 */
export function prepareRules(
  rules: readonly Rule[],
  options: CatalogOptions & { model?: ScoringModel | undefined } = {},
): PreparedRules {
  const o = readOptions(options, ['catalog', 'model', 'conditions']);
  const catalog = checkCatalog(o.catalog);
  return prepareChecked(
    rules,
    catalog,
    o.model as ScoringModel | undefined,
    checkConditionRegistry(o.conditions, catalog),
  );
}

/** {@link prepareRules} with the options read and the catalog checked (evaluateRules reads its context once). */
function prepareChecked(
  rules: readonly Rule[],
  catalog: readonly FactDefinition[],
  model: ScoringModel | undefined,
  conditions: ConditionRegistry,
): PreparedRules {
  const cached = Array.isArray(rules) ? preparedCache.get(rules) : undefined;
  if (
    cached !== undefined &&
    cached.catalog === catalog &&
    cached.model === model &&
    cached.conditions === conditions &&
    sameItems(cached.items, rules)
  )
    return cached.prepared;
  const prepared = prepareUncached(rules, catalog, model, conditions);
  if (Array.isArray(rules)) preparedCache.set(rules, { catalog, model, conditions, items: [...rules], prepared });
  return prepared;
}

type PreparedEntry = {
  catalog: readonly FactDefinition[];
  model: ScoringModel | undefined;
  conditions: ConditionRegistry;
  items: readonly Rule[];
  prepared: PreparedRules;
};
const preparedCache = /* @__PURE__ */ (() => new WeakMap<readonly Rule[], PreparedEntry>())();

function sameItems(a: readonly Rule[], b: readonly Rule[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * What a prepared rule set needs per evaluation and can build once: the model's scorer, the
 * "blocked by" sentence of each blocking rule and the "trigger did not match" sentences, by
 * context type, of each rule (indexed like `ordered`).
 */
type PreparedParts = {
  scorer: ScoreFn | undefined;
  steps: readonly Step[];
  blockedDetails: readonly string[];
  triggerDetails: Map<string, readonly string[]>;
};

/**
 * What the evaluation loop reads of each rule, copied into objects of one shape: rules differ in
 * which optional keys they have, and reading those from the rules themselves is polymorphic.
 */
type Step = {
  c: CompiledRule;
  disabled: boolean;
  blocking: boolean;
  /** Has a sunset or an execution mode: {@link gate} must look. */
  gated: boolean;
};

function stepOf(c: CompiledRule): Step {
  const rule = c.rule;
  return {
    c,
    disabled: rule.enabled === false,
    blocking: rule.blocking === true,
    gated: rule.sunset !== undefined || rule.execution !== undefined,
  };
}

/** What prepareRules made; evaluatePrepared takes nothing else. */
const preparedParts = /* @__PURE__ */ (() => new WeakMap<PreparedRules, PreparedParts>())();

/** "trigger X did not match Y" for every rule of a set, built once per context type (five at most). */
function triggerDetailsFor(prepared: PreparedRules, parts: PreparedParts, contextType: string): readonly string[] {
  let details = parts.triggerDetails.get(contextType);
  if (details === undefined) {
    details = prepared.ordered.map((c) => `trigger ${c.rule.trigger.type} did not match ${contextType}`);
    parts.triggerDetails.set(contextType, details);
  }
  return details;
}

function prepareUncached(
  rules: readonly Rule[],
  catalog: readonly FactDefinition[],
  model: ScoringModel | undefined,
  conditions: ConditionRegistry,
): PreparedRules {
  const compiled = compileRules(rules, { catalog, conditions });
  if (model !== undefined) scorerFor(model); // checks the model once (INVALID_MODEL)
  compiled.forEach((c, i) => {
    if (c.usesModel && c.rule.enabled !== false && model === undefined) {
      throw new HotleadsError('MODEL_REQUIRED', `Rule "${c.id}" uses score or band, but no scoring model was given`, {
        path: [i, 'conditions'],
      });
    }
  });
  const ordered = compiled
    .map((c, i) => ({ c, i }))
    .sort((a, b) => b.c.priority - a.c.priority || a.i - b.i)
    .map((x) => x.c);
  const prepared: PreparedRules = Object.freeze({ ordered: Object.freeze(ordered), model });
  preparedParts.set(prepared, {
    scorer: model === undefined ? undefined : scorerFor(model),
    steps: ordered.map(stepOf),
    blockedDetails: ordered.map((c) => `blocked by rule "${c.id}"`),
    triggerDetails: new Map(),
  });
  return prepared;
}

/** The lead had an event of `type` at or before now (own events only), or it is the triggering event. */
function hadEvent(scope: FactScope, type: string): boolean {
  const trigger = scope.trigger;
  if (trigger?.type === 'event' && trigger.event === type) return true;
  return scope.hoursSince(type) !== undefined;
}

/** Why a rule cannot run for this lead now (sunset, execution mode), or undefined. */
function gate(
  c: CompiledRule,
  leadId: string,
  scope: FactScope,
  state: StateView | undefined,
): Pick<SkippedRule, 'reason' | 'detail'> | undefined {
  const { rule } = c;
  const now = scope.now;
  const sunset = rule.sunset;
  if (sunset !== undefined) {
    if (sunset.at !== undefined && now >= tryEpochMs(sunset.at))
      return { reason: 'sunset', detail: `sunset at ${sunset.at}` };
    if (sunset.afterRuns !== undefined) {
      const total = runRecord(state?.rules, c.id, ['state', 'rules'])?.runs ?? 0;
      if (total >= sunset.afterRuns)
        return { reason: 'sunset', detail: `sunset after ${sunset.afterRuns} runs (has run ${total} times)` };
    }
    if (sunset.onEvent !== undefined && hadEvent(scope, sunset.onEvent))
      return { reason: 'sunset', detail: `sunset for this lead by event "${sunset.onEvent}"` };
  }
  const exec = rule.execution;
  if (exec === undefined) return undefined;
  const record = runRecord(leadTable(state, leadId, ['state']), c.id, ['state', 'leads', leadId]);
  if (record === undefined) return undefined;
  switch (exec.mode) {
    case 'once':
      return record.runs >= 1
        ? { reason: 'completed', detail: `ran once already (${isoTime(record.lastRunAt)})` }
        : undefined;
    case 'periodic': {
      const next = record.lastRunAt + exec.everyHours * HOUR_MS;
      return now < next
        ? { reason: 'notDue', detail: `runs every ${exec.everyHours} h; next due ${isoTime(next)}` }
        : undefined;
    }
    case 'cycle': {
      const end = record.firstRunAt + exec.forHours * HOUR_MS;
      if (now > end) return { reason: 'completed', detail: `cycle of ${exec.forHours} h ended ${isoTime(end)}` };
      const next = record.lastRunAt + exec.everyHours * HOUR_MS;
      return now < next
        ? { reason: 'notDue', detail: `runs every ${exec.everyHours} h in its cycle; next due ${isoTime(next)}` }
        : undefined;
    }
  }
}

// Built field by field, from positional arguments: object spread and option objects are slow on
// this hot path in V8. The keys are set in the same order for every entry.
function pushSkip(
  result: RuleEvaluation,
  c: CompiledRule,
  reason: SkippedRule['reason'],
  detail: string,
  blockedBy: string | undefined,
  explanation: ConditionResult | undefined,
): void {
  const entry: SkippedRule = { ruleId: c.id, name: c.rule.name, reason, detail };
  if (blockedBy !== undefined) entry.blockedBy = blockedBy;
  if (explanation !== undefined) entry.explanation = explanation;
  result.skipped.push(entry);
}

/**
 * Evaluates prepared rules for one lead. See {@link evaluateRules}.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` when `prepared` is not what {@link prepareRules}
 *   returned, and as {@link evaluateRules} for the lead and the context.
 */
export function evaluatePrepared(prepared: PreparedRules, lead: Lead, context: EvaluationContext): RuleEvaluation {
  const parts = preparedParts.get(prepared);
  if (parts === undefined)
    throw new HotleadsError('INVALID_ARGUMENT', 'Expected rules prepared by prepareRules', { path: ['prepared'] });
  return evaluateWith(prepared, parts, lead, context);
}

function evaluateWith(
  prepared: PreparedRules,
  parts: PreparedParts,
  lead: Lead,
  context: EvaluationContext,
): RuleEvaluation {
  const leadId = readLeadId(lead);
  const o = readContextFields(context);
  const state = readRuleState(o.state);
  const explain = optionalBoolean(o.explain, ['explain']) !== false;
  const scope = new FactScope(
    {
      now: toEpochMs(o.now as EvaluationContext['now'], ['now']),
      trigger: o.trigger as TriggerContext | undefined,
      activeInterestEvents: o.activeInterestEvents as string[] | undefined,
      scorer: parts.scorer,
    },
    READ_ALREADY,
  ).reset(lead);
  const trigger = scope.trigger;
  const result: RuleEvaluation = { leadId, fired: [], actions: [], skipped: [], errors: [], runs: [] };
  const ordered = prepared.ordered;
  // Without a trigger every rule's trigger matches: no sentence is needed.
  const triggerDetails = trigger === undefined ? undefined : triggerDetailsFor(prepared, parts, trigger.type);
  const steps = parts.steps;
  let blockedBy = -1;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!;
    const c = step.c;
    if (step.disabled) {
      pushSkip(result, c, 'disabled', 'rule is disabled', undefined, undefined);
      continue;
    }
    if (blockedBy >= 0) {
      const by = ordered[blockedBy]!.id;
      pushSkip(result, c, 'blocked', parts.blockedDetails[blockedBy]!, by, undefined);
      continue;
    }
    const rule = c.rule;
    if (!matchTrigger(rule.trigger, c.id, trigger)) {
      pushSkip(result, c, 'trigger', triggerDetails![i]!, undefined, undefined);
      continue;
    }
    if (step.gated) {
      const gated = gate(c, leadId, scope, state);
      if (gated !== undefined) {
        pushSkip(result, c, gated.reason, gated.detail, undefined, undefined);
        continue;
      }
    }
    let matched: boolean;
    try {
      matched = c.matches(scope);
    } catch (e) {
      const message = errorMessage(e);
      result.errors.push({ ruleId: c.id, message });
      pushSkip(result, c, 'error', message, undefined, explain ? c.explain(scope) : undefined);
      continue;
    }
    if (!matched) {
      pushSkip(result, c, 'conditions', 'conditions not met', undefined, explain ? c.explain(scope) : undefined);
      continue;
    }
    const fired: FiredRule = { ruleId: c.id, name: rule.name, priority: c.priority, actions: rule.actions };
    if (explain) fired.explanation = c.explain(scope);
    result.fired.push(fired);
    const actions = rule.actions;
    for (let a = 0; a < actions.length; a++) result.actions.push({ ruleId: c.id, action: actions[a]! });
    result.runs.push({ ruleId: c.id, leadId, at: scope.now });
    if (step.blocking) blockedBy = i;
  }
  return result;
}

/**
 * Evaluates rules for one lead: in priority order (higher first, ties in list order), skipping
 * disabled rules, rules whose trigger does not match `context.trigger`, rules past their sunset,
 * rules not due under their execution mode (per `context.state`), and every rule after a
 * blocking rule that fired. Actions are returned, never performed. Without `context.trigger`
 * (or with `trigger: null`) every trigger matches: a manual run.
 *
 * @throws HotleadsError `INVALID_RULE`, `MODEL_REQUIRED`, `INVALID_LEAD`, `INVALID_TIME` (a
 *   missing or bad `now`, a context missing altogether included), `INVALID_ARGUMENT` (a bad
 *   trigger, such as a `fieldChange` without `fields`, or option), `INVALID_STATE` (a state entry
 *   that is not a run record, `null` included).
 * @example
 * const r = evaluateRules(ruleTemplates, lead, { now: '2026-03-01T10:00:00Z', trigger: { type: 'schedule' } });
 * for (const { action } of r.actions) host.perform(action);
 * state = applyRuns(state, r.runs);
 */
export function evaluateRules(rules: readonly Rule[], lead: Lead, context: EvaluationContext): RuleEvaluation {
  const o = readPrepareFields(context);
  const catalog = checkCatalog(o.catalog);
  const conditions = checkConditionRegistry(o.conditions, catalog);
  const prepared = prepareChecked(rules, catalog, o.model as ScoringModel | undefined, conditions);
  return evaluateWith(prepared, preparedParts.get(prepared)!, lead, context);
}
