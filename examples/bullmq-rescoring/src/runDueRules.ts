import { ruleStateKey, type StateStore } from '@hotleads/core';
import { applyRuns, dueRules, emptyRuleState, evaluateRules, type RuleRun, type RuleState } from '@hotleads/rules';
import type { Redis } from 'ioredis';
import { KEYS, RULE_SET, RULES } from './config';
import { saveStateWithRuns } from './redisStateStore';
import type { RoundJob } from './rescoreShard';
import { loadShard } from './shardLeads';

/**
 * Runs the shard's periodic and cycle rules that are due at `job.now` (`dueRules`), each as a
 * manual run of the due leads, and saves the shard's rule state and the runs in one Lua script,
 * from the version it loaded. A retry after a commit finds nothing due (the state says the runs
 * happened); a concurrent writer makes the save a CONFLICT, and the job is retried.
 *
 * @returns how many runs this attempt committed.
 */
export async function runDueRules(redis: Redis, store: StateStore<RuleState>, job: RoundJob): Promise<number> {
  await redis.hincrby(KEYS.attempts(job.round), `due:${job.shard}`, 1);
  const key = ruleStateKey(RULE_SET, String(job.shard));
  const stored = await store.load(key);
  let state = stored?.state ?? emptyRuleState();
  const due = dueRules(RULES, state, job.now);
  if (due.every((d) => d.kind === 'schedule')) return 0;
  const leads = new Map(loadShard(job.shard).map((lead) => [lead.id, lead]));
  // Each lead is evaluated against the state as loaded and the runs applied once at the end: the
  // rules have no run limit over all leads (`sunset.afterRuns`), so no lead's runs change
  // another's verdict, and one `applyRuns` copies the state once instead of once per lead.
  const runs: RuleRun[] = [];
  for (const d of due) {
    if (d.kind === 'schedule') continue;
    const rules = RULES.filter((r) => r.id === d.ruleId);
    for (const leadId of d.leadIds) {
      const lead = leads.get(leadId);
      if (lead === undefined) continue;
      runs.push(...evaluateRules(rules, lead, { now: job.now, state, trigger: null, explain: false }).runs);
    }
  }
  if (runs.length === 0) return 0;
  state = applyRuns(state, runs);
  const runKeys = runs.map((run) => `${run.ruleId}|${run.leadId}`);
  await saveStateWithRuns(redis, {
    key,
    state,
    expectedVersion: stored?.version ?? null,
    runs: { hash: KEYS.runs(job.round), keys: runKeys },
  });
  return runKeys.length;
}

/**
 * The first runs of the rule set, as the live process records them when a lead asks for a quote
 * (an `event` trigger): here every lead of the shard is evaluated once at `at`, and the shard's
 * state saved in each store. Used to set up the example and its test.
 */
export async function recordFirstRuns(
  stores: ReadonlyArray<StateStore<RuleState>>,
  shard: number,
  at: number,
): Promise<RuleState> {
  const empty = emptyRuleState();
  const runs = loadShard(shard).flatMap(
    (lead) => evaluateRules(RULES, lead, { now: at, state: empty, trigger: null, explain: false }).runs,
  );
  const state = applyRuns(empty, runs);
  const key = ruleStateKey(RULE_SET, String(shard));
  for (const store of stores) {
    const stored = await store.load(key);
    await store.save(key, state, stored?.version ?? null);
  }
  return state;
}
