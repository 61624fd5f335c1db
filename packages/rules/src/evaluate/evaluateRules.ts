import { HOUR_MS, HotleadsError, toEpochMs, tryEpochMs, type ScoringModel } from '@hotleads/core';
import { checkCatalog } from '../catalog/checkCatalog';
import type { FactDefinition } from '../catalog/types';
import { compileRules, type CompiledRule } from '../compile/compileRule';
import { FactScope } from '../facts/FactScope';
import { readLeadId } from '../facts/readLead';
import { scorerFor } from '../facts/scorer';
import { errorMessage } from '../input/errorMessage';
import { optionalBoolean, readOptions } from '../input/options';
import { isoTime } from '../input/time';
import type {
  CatalogOptions,
  ConditionResult,
  EvaluationContext,
  FiredRule,
  Lead,
  Rule,
  RuleEvaluation,
  SkippedRule,
  TriggerContext,
} from '../types';
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
  const o = readOptions(options, ['catalog', 'model']);
  const catalog = checkCatalog(o.catalog);
  const model = o.model as ScoringModel | undefined;
  const cached = Array.isArray(rules) ? preparedCache.get(rules) : undefined;
  if (cached !== undefined && cached.catalog === catalog && cached.model === model && sameItems(cached.items, rules))
    return cached.prepared;
  const prepared = prepareUncached(rules, catalog, model);
  if (Array.isArray(rules)) preparedCache.set(rules, { catalog, model, items: [...rules], prepared });
  return prepared;
}

type PreparedEntry = {
  catalog: readonly FactDefinition[];
  model: ScoringModel | undefined;
  items: readonly Rule[];
  prepared: PreparedRules;
};
const preparedCache = /* @__PURE__ */ (() => new WeakMap<readonly Rule[], PreparedEntry>())();

function sameItems(a: readonly Rule[], b: readonly Rule[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** What prepareRules made; evaluatePrepared takes nothing else. */
const preparedSet = /* @__PURE__ */ (() => new WeakSet<PreparedRules>())();

function prepareUncached(
  rules: readonly Rule[],
  catalog: readonly FactDefinition[],
  model: ScoringModel | undefined,
): PreparedRules {
  const compiled = compileRules(rules, { catalog });
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
  preparedSet.add(prepared);
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

/** "trigger X did not match Y": a few dozen sentences in all, each built once, not once per lead and rule. */
const triggerDetails = new Map<string, Map<string | undefined, string>>();
function triggerSkipDetail(ruleType: string, contextType: string | undefined): string {
  let byContext = triggerDetails.get(ruleType);
  if (byContext === undefined) triggerDetails.set(ruleType, (byContext = new Map()));
  let detail = byContext.get(contextType);
  if (detail === undefined) {
    detail = `trigger ${ruleType} did not match ${contextType ?? 'manual run'}`;
    byContext.set(contextType, detail);
  }
  return detail;
}

// Built field by field: object spread is slow on this hot path in V8.
function pushSkip(
  result: RuleEvaluation,
  c: CompiledRule,
  s: Pick<SkippedRule, 'reason' | 'detail'>,
  extra?: { blockedBy?: string; explanation?: ConditionResult },
): void {
  const entry: SkippedRule = { ruleId: c.id, name: c.rule.name, reason: s.reason, detail: s.detail };
  if (extra?.blockedBy !== undefined) entry.blockedBy = extra.blockedBy;
  if (extra?.explanation !== undefined) entry.explanation = extra.explanation;
  result.skipped.push(entry);
}

/**
 * Evaluates prepared rules for one lead. See {@link evaluateRules}.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` when `prepared` is not what {@link prepareRules}
 *   returned, and as {@link evaluateRules} for the lead and the context.
 */
export function evaluatePrepared(prepared: PreparedRules, lead: Lead, context: EvaluationContext): RuleEvaluation {
  if (!preparedSet.has(prepared))
    throw new HotleadsError('INVALID_ARGUMENT', 'Expected rules prepared by prepareRules', { path: ['prepared'] });
  const leadId = readLeadId(lead);
  const o = readOptions(context, ['now', 'trigger', 'state', 'activeInterestEvents', 'explain']);
  const state = readRuleState(o.state);
  const explain = optionalBoolean(o.explain, ['explain']) !== false;
  const scope = new FactScope({
    now: toEpochMs(o.now as EvaluationContext['now'], ['now']),
    trigger: o.trigger as TriggerContext | undefined,
    activeInterestEvents: o.activeInterestEvents as string[] | undefined,
    scorer: prepared.model === undefined ? undefined : scorerFor(prepared.model),
  }).reset(lead);
  const trigger = scope.trigger;
  const result: RuleEvaluation = { leadId, fired: [], actions: [], skipped: [], errors: [], runs: [] };
  let blockedBy: CompiledRule | undefined;
  for (const c of prepared.ordered) {
    const { rule } = c;
    if (rule.enabled === false) {
      pushSkip(result, c, { reason: 'disabled', detail: 'rule is disabled' });
      continue;
    }
    if (blockedBy !== undefined) {
      pushSkip(
        result,
        c,
        { reason: 'blocked', detail: `blocked by rule "${blockedBy.id}"` },
        { blockedBy: blockedBy.id },
      );
      continue;
    }
    if (!matchTrigger(rule.trigger, c.id, trigger)) {
      pushSkip(result, c, { reason: 'trigger', detail: triggerSkipDetail(rule.trigger.type, trigger?.type) });
      continue;
    }
    const gated = gate(c, leadId, scope, state);
    if (gated !== undefined) {
      pushSkip(result, c, gated);
      continue;
    }
    let matched: boolean;
    try {
      matched = c.matches(scope);
    } catch (e) {
      const message = errorMessage(e);
      result.errors.push({ ruleId: c.id, message });
      pushSkip(
        result,
        c,
        { reason: 'error', detail: message },
        explain ? { explanation: c.explain(scope) } : undefined,
      );
      continue;
    }
    if (!matched) {
      pushSkip(
        result,
        c,
        { reason: 'conditions', detail: 'conditions not met' },
        explain ? { explanation: c.explain(scope) } : undefined,
      );
      continue;
    }
    const fired: FiredRule = { ruleId: c.id, name: rule.name, priority: c.priority, actions: rule.actions };
    if (explain) fired.explanation = c.explain(scope);
    result.fired.push(fired);
    for (const action of rule.actions) result.actions.push({ ruleId: c.id, action });
    result.runs.push({ ruleId: c.id, leadId, at: scope.now });
    if (rule.blocking === true) blockedBy = c;
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
  const o = readOptions(context, ['catalog', 'model']);
  const prepared = prepareRules(rules, {
    catalog: o.catalog as readonly FactDefinition[] | undefined,
    model: o.model as ScoringModel | undefined,
  });
  return evaluatePrepared(prepared, lead, context);
}
