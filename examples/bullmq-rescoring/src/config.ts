// What every process of the deployment shares: queue names, Redis keys, timings, the rule set.
// docs/scaling.md, "A BullMQ deployment".
import { HOUR_MS } from '@hotleads/core';
import type { Rule } from '@hotleads/rules';
import type { RedisOptions } from 'ioredis';

/** The queues: ticks (one scheduler process), rescoring (any number of workers), intent events (the live process). */
export const QUEUES = { ticks: 'hotleads-ticks', rescoring: 'hotleads-rescoring', intent: 'hotleads-intent' } as const;

/** About 1,000 leads per shard: one job scheduler, one rescoring job and one due-rules job per shard per round. */
export const SHARD_SIZE = 1_000;

/** The rule set whose state lives in Redis, one `StateStore` entry per shard (`ruleStateKey`). */
export const RULE_SET = 'rescoring';

/**
 * Worker settings: a killed worker's lock runs out after `lockDuration`, and the next stalled
 * check (every `stalledInterval`) puts its job back in the wait list for another worker, so a
 * SIGKILLed job is taken over within a few seconds. `maxStalledCount` above 1: a job may be
 * stalled more than once when several workers die.
 */
export const WORKER_TIMINGS = { lockDuration: 3_000, stalledInterval: 1_000, maxStalledCount: 5 } as const;

/** BullMQ workers need `maxRetriesPerRequest: null` (blocking commands must not time out). */
export function redisOptions(port: number): RedisOptions {
  return { host: '127.0.0.1', port, maxRetriesPerRequest: null };
}

/** Redis keys of the committed results (the `hl:` prefix keeps them apart from BullMQ's `bull:`). */
export const KEYS = {
  /** Hash lead id → `score|band rank`, the results of one round. */
  results: (round: number) => `hl:results:${round}`,
  /** Hash lead id → commits of that lead's result in the round (1, exactly once). */
  commits: (round: number) => `hl:commits:${round}`,
  /** String marker: the shard's round is committed. */
  done: (round: number, shard: number) => `hl:done:${round}:${shard}`,
  /** Hash lead id → `score|band rank` of the last committed round, for band changes. */
  last: (shard: number) => `hl:last:${shard}`,
  /** Stream of `scoreChange` trigger contexts (fields round, leadId, context JSON). */
  changes: 'hl:score-changes',
  /** Hash `ruleId|leadId` → commits of that rule run in the round (1, exactly once). */
  runs: (round: number) => `hl:runs:${round}`,
  /** Hash `kind:shard` → how many times a job started (retries after a kill show up here). */
  attempts: (round: number) => `hl:attempts:${round}`,
  /** A StateStore entry: hash with `version` and `state`. */
  state: (key: string) => `hl:state:${key}`,
} as const;

/**
 * The rules the due-rules jobs run: a follow-up of leads with a budget who asked for a quote, then
 * again every 24 hours while the budget holds (`dueRules` lists the leads whose next run is due;
 * a due job evaluates them as a manual run, `trigger: null`).
 */
export const RULES: Rule[] = [
  {
    id: 'daily-budget-follow-up',
    name: 'Daily follow-up of leads with a budget',
    trigger: { type: 'event', events: ['quote_request'] },
    conditions: { all: [{ fact: 'budget', operator: 'greaterThanInclusive', value: 50_000 }] },
    actions: [{ type: 'createTask', title: 'Follow up' }],
    execution: { mode: 'periodic', everyHours: 24 },
  },
];

/** How far apart rounds are in the example (the job schedulers' `every`). */
export const ROUND_EVERY_MS = HOUR_MS;
