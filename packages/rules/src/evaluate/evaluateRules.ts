import { HOUR_MS, checkLead, HotleadsError, toEpochMs, tryEpochMs, type Lead, type ScoringModel } from '@hotleads/core';
import { factCatalog } from '../catalog/factCatalog';
import { ACTIVE_INTEREST_EVENTS } from '../catalog/leadSources';
import type { FactDefinition } from '../catalog/types';
import { compileRules, type CompiledRule } from '../compile/compileRule';
import { FactScope } from '../facts/FactScope';
import { scorerFor } from '../facts/scorer';
import type {
  CatalogOptions,
  ConditionResult,
  EvaluationContext,
  FiredRule,
  Rule,
  RuleEvaluation,
  RuleState,
  SkippedRule,
  TriggerContext,
} from '../types';
import { ownEntry } from './ruleState';
import { triggerMatches } from './triggerMatches';

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
  const catalog = options.catalog ?? factCatalog;
  const cached = Array.isArray(rules) ? preparedCache.get(rules) : undefined;
  if (
    cached !== undefined &&
    cached.catalog === catalog &&
    cached.model === options.model &&
    sameItems(cached.items, rules)
  )
    return cached.prepared;
  const prepared = prepareUncached(rules, options);
  if (Array.isArray(rules)) preparedCache.set(rules, { catalog, model: options.model, items: [...rules], prepared });
  return prepared;
}

type PreparedEntry = {
  catalog: readonly FactDefinition[];
  model: ScoringModel | undefined;
  items: readonly Rule[];
  prepared: PreparedRules;
};
const preparedCache = new WeakMap<readonly Rule[], PreparedEntry>();

function sameItems(a: readonly Rule[], b: readonly Rule[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function prepareUncached(
  rules: readonly Rule[],
  options: CatalogOptions & { model?: ScoringModel | undefined },
): PreparedRules {
  const compiled = compileRules(rules, options);
  compiled.forEach((c, i) => {
    if (c.usesModel && c.rule.enabled !== false && options.model === undefined) {
      throw new HotleadsError('MODEL_REQUIRED', `Rule "${c.id}" uses score or band, but no scoring model was given`, {
        path: [i, 'conditions'],
      });
    }
  });
  const ordered = compiled
    .map((c, i) => ({ c, i }))
    .sort((a, b) => b.c.priority - a.c.priority || a.i - b.i)
    .map((x) => x.c);
  return { ordered, model: options.model };
}

const iso = (ms: number) => new Date(ms).toISOString();

function hadEvent(lead: Lead, type: string, now: number, trigger: TriggerContext | undefined): boolean {
  if (trigger?.type === 'event' && trigger.event === type) return true;
  const events = lead.events;
  if (!Array.isArray(events)) return false;
  for (const e of events) {
    if (e !== null && typeof e === 'object' && e.type === type) {
      const at = tryEpochMs(e.at);
      if (at === at && at <= now) return true;
    }
  }
  return false;
}

/** Why a rule cannot run for this lead now (sunset, execution mode), or undefined. */
function gate(
  c: CompiledRule,
  lead: Lead,
  now: number,
  state: RuleState | undefined,
  trigger: TriggerContext | undefined,
): Pick<SkippedRule, 'reason' | 'detail'> | undefined {
  const { rule } = c;
  const sunset = rule.sunset;
  if (sunset !== undefined) {
    if (sunset.at !== undefined && now >= tryEpochMs(sunset.at))
      return { reason: 'sunset', detail: `sunset at ${sunset.at}` };
    if (sunset.afterRuns !== undefined) {
      const total = ownEntry(state?.rules, c.id)?.runs ?? 0;
      if (total >= sunset.afterRuns)
        return { reason: 'sunset', detail: `sunset after ${sunset.afterRuns} runs (has run ${total} times)` };
    }
    if (sunset.onEvent !== undefined && hadEvent(lead, sunset.onEvent, now, trigger))
      return { reason: 'sunset', detail: `sunset for this lead by event "${sunset.onEvent}"` };
  }
  const exec = rule.execution;
  if (exec === undefined) return undefined;
  const record = ownEntry(ownEntry(state?.leads, lead.id), c.id);
  if (record === undefined) return undefined;
  switch (exec.mode) {
    case 'once':
      return record.runs >= 1
        ? { reason: 'completed', detail: `ran once already (${iso(record.lastRunAt)})` }
        : undefined;
    case 'periodic': {
      const next = record.lastRunAt + exec.everyHours * HOUR_MS;
      return now < next
        ? { reason: 'notDue', detail: `runs every ${exec.everyHours} h; next due ${iso(next)}` }
        : undefined;
    }
    case 'cycle': {
      const end = record.firstRunAt + exec.forHours * HOUR_MS;
      if (now > end) return { reason: 'completed', detail: `cycle of ${exec.forHours} h ended ${iso(end)}` };
      const next = record.lastRunAt + exec.everyHours * HOUR_MS;
      return now < next
        ? { reason: 'notDue', detail: `runs every ${exec.everyHours} h in its cycle; next due ${iso(next)}` }
        : undefined;
    }
  }
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
 */
export function evaluatePrepared(prepared: PreparedRules, lead: Lead, context: EvaluationContext): RuleEvaluation {
  checkLead(lead);
  const now = toEpochMs(context.now, ['now']);
  const trigger = context.trigger;
  const state = context.state;
  const explain = context.explain !== false;
  const scope = new FactScope({
    now,
    trigger,
    activeInterestEvents: context.activeInterestEvents ?? ACTIVE_INTEREST_EVENTS,
    scorer: prepared.model === undefined ? undefined : scorerFor(prepared.model),
  }).reset(lead);
  const result: RuleEvaluation = { leadId: lead.id, fired: [], actions: [], skipped: [], errors: [], runs: [] };
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
    if (!triggerMatches(rule.trigger, c.id, trigger)) {
      pushSkip(result, c, {
        reason: 'trigger',
        detail: `trigger ${rule.trigger.type} did not match ${trigger?.type ?? 'manual run'}`,
      });
      continue;
    }
    const gated = gate(c, lead, now, state, trigger);
    if (gated !== undefined) {
      pushSkip(result, c, gated);
      continue;
    }
    let matched: boolean;
    try {
      matched = c.matches(scope);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
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
    result.runs.push({ ruleId: c.id, leadId: lead.id, at: now });
    if (rule.blocking === true) blockedBy = c;
  }
  return result;
}

/**
 * Evaluates rules for one lead: in priority order (higher first, ties in list order), skipping
 * disabled rules, rules whose trigger does not match `context.trigger`, rules past their sunset,
 * rules not due under their execution mode (per `context.state`), and every rule after a
 * blocking rule that fired. Actions are returned, never performed.
 *
 * @throws HotleadsError `INVALID_RULE`, `MODEL_REQUIRED`, `INVALID_LEAD`, `INVALID_TIME`.
 * @example
 * const r = evaluateRules(ruleTemplates, lead, { now: '2026-03-01T10:00:00Z', trigger: { type: 'schedule' } });
 * for (const { action } of r.actions) host.perform(action);
 * state = applyRuns(state, r.runs);
 */
export function evaluateRules(rules: readonly Rule[], lead: Lead, context: EvaluationContext): RuleEvaluation {
  return evaluatePrepared(prepareRules(rules, { catalog: context.catalog, model: context.model }), lead, context);
}
