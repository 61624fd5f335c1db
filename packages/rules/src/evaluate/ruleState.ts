import type { RuleRun, RuleState, RunRecord } from '../types';

const hasOwn = Object.prototype.hasOwnProperty;

/** An empty {@link RuleState}. */
export function emptyRuleState(): RuleState {
  return { rules: {}, leads: {} };
}

/** Reads an own entry of a plain record (never an inherited one such as `__proto__`). */
export function ownEntry<T>(record: Record<string, T> | undefined, key: string): T | undefined {
  return record !== undefined && hasOwn.call(record, key) ? record[key] : undefined;
}

function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

function bump(record: RunRecord | undefined, at: number): RunRecord {
  if (record === undefined) return { runs: 1, firstRunAt: at, lastRunAt: at };
  return {
    runs: record.runs + 1,
    firstRunAt: Math.min(record.firstRunAt, at),
    lastRunAt: Math.max(record.lastRunAt, at),
  };
}

/**
 * Returns a new state with `runs` recorded: per rule over all leads and per (lead, rule). The
 * input state is not changed; untouched parts are shared.
 *
 * @example state = applyRuns(state, evaluateRules(rules, lead, { now, state }).runs)
 */
export function applyRuns(state: RuleState | undefined, runs: readonly RuleRun[]): RuleState {
  const base = state ?? emptyRuleState();
  if (runs.length === 0) return base;
  const rules: Record<string, RunRecord> = { ...base.rules };
  const leads: Record<string, Record<string, RunRecord>> = { ...base.leads };
  const copied = new Set<string>();
  for (const run of runs) {
    setOwn(rules, run.ruleId, bump(ownEntry(rules, run.ruleId), run.at));
    let perLead = ownEntry(leads, run.leadId);
    if (!copied.has(run.leadId)) {
      perLead = { ...(perLead ?? {}) };
      setOwn(leads, run.leadId, perLead);
      copied.add(run.leadId);
    }
    setOwn(perLead!, run.ruleId, bump(ownEntry(perLead, run.ruleId), run.at));
  }
  return base.ticks === undefined ? { rules, leads } : { rules, leads, ticks: base.ticks };
}

/** Returns a new state recording that the schedule rules `ruleIds` were run for the tick at `at` (epoch ms). */
export function markTicked(state: RuleState | undefined, ruleIds: readonly string[], at: number): RuleState {
  const base = state ?? emptyRuleState();
  const ticks: Record<string, number> = { ...(base.ticks ?? {}) };
  for (const id of ruleIds) setOwn(ticks, id, at);
  return { ...base, ticks };
}
