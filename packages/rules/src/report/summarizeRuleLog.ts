import { HotleadsError, HOUR_MS, tryEpochMs, type IssuePath, type Time } from '@hotleads/core';
import { checkList, optionalNumber, ownValue, readOptions } from '../input/options';
import { readSafely } from '../input/readSafely';
import { isEpochMs } from '../input/time';
import type { Action, ActionType, RuleEvaluation } from '../types';

/** One line of a rule execution log: a rule fired for a lead, or an outcome of a lead. */
export type RuleLogEntry =
  | { kind: 'fired'; ruleId: string; leadId: string; at: Time; actions?: Action[] }
  | { kind: 'outcome'; leadId: string; at: Time; outcome: string };

/** One rule's performance. */
export type RuleSummary = {
  ruleId: string;
  /** Times it fired. */
  fired: number;
  /** Distinct leads it fired for. */
  leads: number;
  /** Actions it produced, by kind. */
  actions: Partial<Record<ActionType, number>>;
  /** When it last fired (ISO). */
  lastFiredAt: string;
  /** Leads with each outcome logged after the rule first fired for them (within `withinHours`). */
  outcomes: Record<string, number>;
  /** Share of its leads with any outcome after it fired; null when the log has no outcomes at all. */
  outcomeRate: number | null;
};

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function fail(detail: string, path: IssuePath): never {
  throw new HotleadsError('INVALID_ARGUMENT', detail, { path });
}

/**
 * Turns an evaluation into log entries (`fired` lines) for {@link summarizeRuleLog}.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` for a value that is not a {@link RuleEvaluation}.
 */
export function toRuleLog(evaluation: RuleEvaluation): RuleLogEntry[] {
  return readSafely(
    () => {
      if (!isObject(evaluation)) fail('Expected a rule evaluation', []);
      const { leadId, fired, runs } = evaluation;
      if (typeof leadId !== 'string') fail('An evaluation names its lead (leadId)', ['leadId']);
      checkList(fired, ['fired']);
      checkList(runs, ['runs']);
      const atOf = new Map<string, number>();
      for (let i = runs.length - 1; i >= 0; i--) {
        const run: unknown = runs[i];
        if (!isObject(run) || typeof run.ruleId !== 'string' || !isEpochMs(run.at))
          fail('A run is { ruleId, leadId, at }', ['runs', i]);
        atOf.set(run.ruleId, run.at);
      }
      return Array.from({ length: fired.length }, (_, i): RuleLogEntry => {
        const f: unknown = fired[i];
        if (!isObject(f) || typeof f.ruleId !== 'string') fail('A fired rule names its rule (ruleId)', ['fired', i]);
        const entry: RuleLogEntry = { kind: 'fired', ruleId: f.ruleId, leadId, at: atOf.get(f.ruleId) ?? 0 };
        if (f.actions !== undefined) entry.actions = checkList(f.actions, ['fired', i, 'actions']) as Action[];
        return entry;
      });
    },
    'INVALID_ARGUMENT',
    [],
  );
}

type Line =
  | { kind: 'fired'; ruleId: string; leadId: string; at: number; actions: string[] }
  | { kind: 'outcome'; leadId: string; at: number; outcome: string };

/** One log line, checked and read once (own properties). */
function readLine(entry: unknown, i: number): Line {
  if (!isObject(entry)) fail('A log entry is an object', [i]);
  const kind = ownValue(entry, 'kind');
  const leadId = ownValue(entry, 'leadId');
  if (kind !== 'fired' && kind !== 'outcome') fail('A log entry is of kind "fired" or "outcome"', [i, 'kind']);
  if (typeof leadId !== 'string') fail('A log entry names its lead (leadId)', [i, 'leadId']);
  const at = tryEpochMs(ownValue(entry, 'at'));
  if (!isEpochMs(at)) fail('A log entry needs a valid time', [i, 'at']);
  if (kind === 'outcome') {
    const outcome = ownValue(entry, 'outcome');
    if (typeof outcome !== 'string') fail('An outcome entry names its outcome', [i, 'outcome']);
    return { kind, leadId, at, outcome };
  }
  const ruleId = ownValue(entry, 'ruleId');
  if (typeof ruleId !== 'string') fail('A fired entry names its rule (ruleId)', [i, 'ruleId']);
  const actions: string[] = [];
  const given = ownValue(entry, 'actions');
  if (given !== undefined) {
    const list = checkList(given, [i, 'actions']);
    for (let k = 0; k < list.length; k++) {
      const a: unknown = list[k];
      const type = isObject(a) ? ownValue(a, 'type') : undefined;
      if (typeof type !== 'string') fail('An action has a type', [i, 'actions', k]);
      actions.push(type);
    }
  }
  return { kind, ruleId, leadId, at, actions };
}

/**
 * Rule performance from an execution log (docs/rules.md, "Templates and reports"): per rule how often it fired,
 * for how many leads, the actions it produced, when it last fired and, where outcomes are
 * logged (lead converted, payment made), how many of its leads reached one afterwards.
 * Sorted by times fired, then rule id.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` for a log that is not an array or an entry that is
 *   not a log line (e.g. a bad time: path `[index, 'at']`), a bad `withinHours`.
 */
export function summarizeRuleLog(log: readonly RuleLogEntry[], options: { withinHours?: number } = {}): RuleSummary[] {
  checkList(log, ['log']);
  const withinHours = optionalNumber(
    readOptions(options, ['withinHours']).withinHours,
    (n) => n > 0,
    'withinHours must be more than 0',
    ['withinHours'],
  );
  const outcomesByLead = new Map<string, Array<{ at: number; outcome: string }>>();
  type Acc = { fired: number; firstByLead: Map<string, number>; actions: Map<string, number>; last: number };
  const byRule = new Map<string, Acc>();
  let anyOutcome = false;
  for (let i = 0; i < log.length; i++) {
    const entry: unknown = log[i];
    const line = readSafely(() => readLine(entry, i), 'INVALID_ARGUMENT', [i]);
    if (line.kind === 'outcome') {
      anyOutcome = true;
      const list = outcomesByLead.get(line.leadId) ?? [];
      list.push({ at: line.at, outcome: line.outcome });
      outcomesByLead.set(line.leadId, list);
      continue;
    }
    let acc = byRule.get(line.ruleId);
    if (acc === undefined)
      byRule.set(line.ruleId, (acc = { fired: 0, firstByLead: new Map(), actions: new Map(), last: line.at }));
    acc.fired++;
    acc.last = Math.max(acc.last, line.at);
    const first = acc.firstByLead.get(line.leadId);
    if (first === undefined || line.at < first) acc.firstByLead.set(line.leadId, line.at);
    for (const type of line.actions) acc.actions.set(type, (acc.actions.get(type) ?? 0) + 1);
  }
  const window = withinHours === undefined ? Number.POSITIVE_INFINITY : withinHours * HOUR_MS;
  const out: RuleSummary[] = [];
  for (const [ruleId, acc] of byRule) {
    const outcomes = new Map<string, number>();
    let leadsWithOutcome = 0;
    for (const [leadId, first] of acc.firstByLead) {
      const seen = new Set<string>();
      for (const o of outcomesByLead.get(leadId) ?? [])
        if (o.at >= first && o.at - first <= window) seen.add(o.outcome);
      for (const o of seen) outcomes.set(o, (outcomes.get(o) ?? 0) + 1);
      if (seen.size > 0) leadsWithOutcome++;
    }
    out.push({
      ruleId,
      fired: acc.fired,
      leads: acc.firstByLead.size,
      // fromEntries defines own properties: an action type or outcome named __proto__ stays a key
      actions: Object.fromEntries(acc.actions) as RuleSummary['actions'],
      lastFiredAt: new Date(acc.last).toISOString(),
      outcomes: Object.fromEntries(outcomes),
      outcomeRate: anyOutcome ? leadsWithOutcome / acc.firstByLead.size : null,
    });
  }
  return out.sort((a, b) => b.fired - a.fired || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}
