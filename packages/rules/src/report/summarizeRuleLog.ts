import { HotleadsError, HOUR_MS, tryEpochMs, type Time } from '@hotleads/core';
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

/** Turns an evaluation into log entries (`fired` lines) for {@link summarizeRuleLog}. */
export function toRuleLog(evaluation: RuleEvaluation): RuleLogEntry[] {
  return evaluation.fired.map((f) => {
    const run = evaluation.runs.find((r) => r.ruleId === f.ruleId);
    return { kind: 'fired', ruleId: f.ruleId, leadId: evaluation.leadId, at: run?.at ?? 0, actions: f.actions };
  });
}

/**
 * Rule performance from an execution log (docs/rules.md, "Templates and reports"): per rule how often it fired,
 * for how many leads, the actions it produced, when it last fired and, where outcomes are
 * logged (lead converted, payment made), how many of its leads reached one afterwards.
 * Sorted by times fired, then rule id.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` for an entry with a bad time (path `[index, 'at']`).
 */
export function summarizeRuleLog(log: readonly RuleLogEntry[], options: { withinHours?: number } = {}): RuleSummary[] {
  const outcomesByLead = new Map<string, Array<{ at: number; outcome: string }>>();
  type Acc = { fired: number; firstByLead: Map<string, number>; actions: Record<string, number>; last: number };
  const byRule = new Map<string, Acc>();
  let anyOutcome = false;
  log.forEach((entry, i) => {
    const at = tryEpochMs(entry.at);
    if (Number.isNaN(at))
      throw new HotleadsError('INVALID_ARGUMENT', 'A log entry needs a valid time', { path: [i, 'at'] });
    if (entry.kind === 'outcome') {
      anyOutcome = true;
      const list = outcomesByLead.get(entry.leadId) ?? [];
      list.push({ at, outcome: entry.outcome });
      outcomesByLead.set(entry.leadId, list);
      return;
    }
    let acc = byRule.get(entry.ruleId);
    if (acc === undefined)
      byRule.set(entry.ruleId, (acc = { fired: 0, firstByLead: new Map(), actions: {}, last: at }));
    acc.fired++;
    acc.last = Math.max(acc.last, at);
    const first = acc.firstByLead.get(entry.leadId);
    if (first === undefined || at < first) acc.firstByLead.set(entry.leadId, at);
    for (const a of entry.actions ?? []) acc.actions[a.type] = (acc.actions[a.type] ?? 0) + 1;
  });
  const window = options.withinHours === undefined ? Number.POSITIVE_INFINITY : options.withinHours * HOUR_MS;
  const out: RuleSummary[] = [];
  for (const [ruleId, acc] of byRule) {
    const outcomes: Record<string, number> = {};
    let leadsWithOutcome = 0;
    for (const [leadId, first] of acc.firstByLead) {
      const seen = new Set<string>();
      for (const o of outcomesByLead.get(leadId) ?? [])
        if (o.at >= first && o.at - first <= window) seen.add(o.outcome);
      for (const o of seen) outcomes[o] = (outcomes[o] ?? 0) + 1;
      if (seen.size > 0) leadsWithOutcome++;
    }
    out.push({
      ruleId,
      fired: acc.fired,
      leads: acc.firstByLead.size,
      actions: acc.actions,
      lastFiredAt: new Date(acc.last).toISOString(),
      outcomes,
      outcomeRate: anyOutcome ? leadsWithOutcome / acc.firstByLead.size : null,
    });
  }
  return out.sort((a, b) => b.fired - a.fired || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}
