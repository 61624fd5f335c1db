// The BullMQ deployment on a real Redis (test/services/redis.ts starts Debian's redis-server):
// 3 worker processes rescore 100,000 leads in 100 shards over two rounds, one worker is SIGKILLed
// between a commit and its job's completion, and the committed outcome is exactly once: one
// result per lead per round (equal to the single-thread score), one run per due (rule, lead),
// one scoreChange context per band change. Skips with a message when redis-server is missing;
// fails instead under HOTLEADS_REQUIRE_REDIS=1 (.ci/run).
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BANDS,
  bandRank,
  b2bLeadModel,
  createMemoryStateStore,
  createScorer,
  HOUR_MS,
  ruleStateKey,
  stateStoreConformanceSuite,
} from '@hotleads/core';
import { applyRuns, dueRules, evaluateRules, type RuleRun, type RuleState } from '@hotleads/rules';
import { redisBinary, startRedis, type RedisService } from '../../../test/services/redis';
import { KEYS, QUEUES, RULE_SET, RULES, redisOptions } from './config';
import { enqueueRound } from './enqueueRound';
import { createRedisStateStore } from './redisStateStore';
import { recordFirstRuns } from './runDueRules';
import { startScheduler } from './scheduler';
import { loadShard } from './shardLeads';

const SHARDS = 100;
const ROUND_1 = Date.UTC(2026, 11, 1, 9);
const ROUND_2 = ROUND_1 + 3 * 24 * HOUR_MS;
const FIRST_RUNS_AT = ROUND_1 - 25 * HOUR_MS;
const root = fileURLToPath(new URL('../../..', import.meta.url));
const required = process.env.HOTLEADS_REQUIRE_REDIS === '1';
const available = redisBinary() !== undefined;

if (!available && required)
  describe('Redis (HOTLEADS_REQUIRE_REDIS=1)', () => {
    it('is installed', () => {
      throw new Error('Redis is required but unavailable: redis-server is not on the PATH');
    });
  });
if (!available && !required) console.warn('BullMQ example on Redis: skipped — redis-server is not on the PATH');
const suite = available ? describe : describe.skip;

let service: RedisService = { port: 0, reason: 'not started' };
let redis: Redis;
const children: ChildProcess[] = [];

beforeAll(async () => {
  if (!available) return;
  service = await startRedis();
  if ('reason' in service) throw new Error(service.reason);
  redis = new Redis(redisOptions(service.port));
});
afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await redis?.quit();
  if ('stop' in service) await service.stop();
});

/**
 * A worker process; `lines` collects what it prints, `waitFor` resolves on a matching line. With
 * `killAfterCommits`, the process is SIGKILLed as soon as it prints that many commits (it then
 * waits after each commit, so the job it just committed is still active).
 */
function startWorker(env: Record<string, string>, killAfterCommits?: number) {
  // `node --import tsx`, not the tsx command: that one runs the script in a child process of its
  // own, which a SIGKILL of the tsx process would leave running.
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--conditions=@hotleads/source', 'examples/bullmq-rescoring/src/worker.ts'],
    { cwd: root, env: { ...process.env, REDIS_PORT: String(service.port), ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  children.push(child);
  const lines: string[] = [];
  const waiters: Array<{ test: (lines: string[]) => boolean; resolve: () => void }> = [];
  let stderr = '';
  let killedAfter: string | undefined;
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout!.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n').filter(Boolean)) {
      if (killedAfter !== undefined) break;
      lines.push(line);
      if (killAfterCommits !== undefined && lines.filter((l) => l.startsWith('committed')).length >= killAfterCommits) {
        child.kill('SIGKILL');
        killedAfter = line;
      }
    }
    for (const w of waiters.splice(0))
      if (w.test(lines)) w.resolve();
      else waiters.push(w);
  });
  const waitFor = (test: (lines: string[]) => boolean) =>
    new Promise<void>((resolve, reject) => {
      if (test(lines)) return resolve();
      waiters.push({ test, resolve });
      child.once('exit', () => (test(lines) ? resolve() : reject(new Error(`worker exited early: ${stderr}`))));
    });
  return { child, lines, waitFor, killedAfter: () => killedAfter };
}

/** Waits until the rescoring queue has `n` completed jobs (and fails on a failed one). */
async function completed(queue: Queue, n: number): Promise<void> {
  for (;;) {
    const counts = await queue.getJobCounts('completed', 'failed');
    if ((counts.failed ?? 0) > 0) throw new Error(`${counts.failed} jobs failed`);
    if ((counts.completed ?? 0) >= n) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** What one thread computes for a round: every lead's result, band changes, and the due runs. */
function expectedRound(now: number, previous: Map<string, string> | undefined, states: Map<number, RuleState>) {
  const score = createScorer(b2bLeadModel);
  const results = new Map<string, string>();
  const changes = new Map<string, string>();
  const runs = new Set<string>();
  for (let shard = 0; shard < SHARDS; shard++) {
    const leads = loadShard(shard);
    for (const lead of leads) {
      const s = score(lead, { now, explain: false });
      const value = `${s.score}|${bandRank(s.band)}`;
      results.set(s.leadId, value);
      const before = previous?.get(s.leadId);
      if (before !== undefined && before.split('|')[1] !== String(bandRank(s.band)))
        changes.set(s.leadId, BANDS[Number(before.split('|')[1])]! + '→' + s.band);
    }
    const byId = new Map(leads.map((l) => [l.id, l]));
    const state = states.get(shard)!;
    const fired: RuleRun[] = [];
    for (const due of dueRules(RULES, state, now)) {
      if (due.kind === 'schedule') continue;
      for (const leadId of due.leadIds)
        fired.push(
          ...evaluateRules(
            RULES.filter((r) => r.id === due.ruleId),
            byId.get(leadId)!,
            { now, state, trigger: null, explain: false },
          ).runs,
        );
    }
    for (const run of fired) runs.add(`${run.ruleId}|${run.leadId}`);
    if (fired.length > 0) states.set(shard, applyRuns(state, fired));
  }
  return { results, changes, runs };
}

suite('examples/bullmq-rescoring on Redis', () => {
  it('keeps rule state behind core StateStore: the conformance suite passes on Redis', async () => {
    let n = 0;
    for (const check of stateStoreConformanceSuite(() => createRedisStateStore(redis, `conformance-${++n}/`)))
      await check.run();
  });

  it('upserts one job scheduler per shard, and a tick becomes the shard round jobs with now in the data', async () => {
    const prefix = 'scheduler-test';
    const scheduler = await startScheduler({ port: service.port, shards: 3, every: HOUR_MS, prefix });
    const ticks = new Queue(QUEUES.ticks, { connection: redisOptions(service.port), prefix });
    const rounds = new Queue(QUEUES.rescoring, { connection: redisOptions(service.port), prefix });
    try {
      expect(await ticks.getJobSchedulersCount()).toBe(3);
      let jobs = await rounds.getJobs(['wait']);
      for (let i = 0; i < 100 && jobs.length < 6; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        jobs = await rounds.getJobs(['wait']);
      }
      expect(jobs.map((j) => `${j.name} ${j.data.shard}`).sort()).toEqual([
        'due 0',
        'due 1',
        'due 2',
        'rescore 0',
        'rescore 1',
        'rescore 2',
      ]);
      for (const job of jobs) {
        expect(job.data.now % HOUR_MS).toBe(0);
        expect(job.id).toBe(`${job.name}-${job.data.round}-${job.data.shard}`);
      }
    } finally {
      await scheduler.close();
      await ticks.obliterate({ force: true });
      await rounds.obliterate({ force: true });
      await ticks.close();
      await rounds.close();
    }
  });

  it(
    'commits exactly one result per lead per round and one run per due (rule, lead), a worker SIGKILLed mid-run',
    { timeout: 110_000 },
    async () => {
      const store = createRedisStateStore<RuleState>(redis);
      const reference = createMemoryStateStore<RuleState>();
      const states = new Map<number, RuleState>();
      for (let shard = 0; shard < SHARDS; shard++)
        states.set(shard, await recordFirstRuns([store, reference], shard, FIRST_RUNS_AT));

      const queue = new Queue(QUEUES.rescoring, { connection: redisOptions(service.port) });
      try {
        // The victim is SIGKILLed right after its 3rd commit, while that job is still active.
        const victim = startWorker({ PAUSE_AFTER_COMMIT_MS: '1000' }, 3);
        const others = [startWorker({}), startWorker({})];
        await Promise.all([victim, ...others].map((w) => w.waitFor((lines) => lines.includes('ready'))));
        for (let shard = 0; shard < SHARDS; shard++) await enqueueRound(queue, shard, ROUND_1);
        await victim.waitFor(() => victim.killedAfter() !== undefined);
        const killedAfter = victim.killedAfter()!;
        await completed(queue, 2 * SHARDS);
        for (let shard = 0; shard < SHARDS; shard++) await enqueueRound(queue, shard, ROUND_2);
        await completed(queue, 4 * SHARDS);

        // The kill mattered: the job the victim had committed was delivered again, and committed nothing more.
        const [, kind, shard] = killedAfter.split(' ');
        expect(Number(await redis.hget(KEYS.attempts(ROUND_1), `${kind}:${shard}`))).toBeGreaterThanOrEqual(2);

        const first = expectedRound(ROUND_1, undefined, states);
        const second = expectedRound(ROUND_2, first.results, states);
        expect(first.runs.size).toBeGreaterThan(1_000);
        expect(second.changes.size).toBeGreaterThan(100);
        for (const [round, want] of [
          [ROUND_1, first],
          [ROUND_2, second],
        ] as const) {
          const results = await redis.hgetall(KEYS.results(round));
          expect(Object.keys(results).length).toBe(100_000);
          expect(new Map(Object.entries(results))).toEqual(want.results);
          const commits = Object.values(await redis.hgetall(KEYS.commits(round)));
          expect(commits.length).toBe(100_000);
          expect(commits.every((c) => c === '1')).toBe(true);
          const runs = await redis.hgetall(KEYS.runs(round));
          expect(new Set(Object.keys(runs))).toEqual(want.runs);
          expect(Object.values(runs).every((c) => c === '1')).toBe(true);
        }
        // One scoreChange context per band change, all in round 2 (round 1 had no scores before it).
        const stream = await redis.xrange(KEYS.changes, '-', '+');
        const seen = new Map<string, string>();
        for (const [, fields] of stream) {
          const f = Object.fromEntries(
            fields.map((v, i, a) => (i % 2 === 0 ? [v, a[i + 1]] : [])).filter((p) => p.length),
          );
          expect(f.round).toBe(String(ROUND_2));
          expect(seen.has(f.leadId!)).toBe(false);
          const context = JSON.parse(f.context!) as { type: string; previousBand: string; band: string };
          expect(context.type).toBe('scoreChange');
          seen.set(f.leadId!, `${context.previousBand}→${context.band}`);
        }
        expect(seen).toEqual(second.changes);
        // Rule state in Redis is what one thread computes after both rounds.
        for (const shard of [0, 42, 99])
          expect((await store.load(ruleStateKey(RULE_SET, String(shard))))?.state).toEqual(states.get(shard));
      } finally {
        for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
        await queue.close();
      }
    },
  );
});
