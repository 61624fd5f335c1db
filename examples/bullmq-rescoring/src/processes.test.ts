// The deployment's process entries, started as child processes on a real Redis
// (test/services/redis.ts), as docs/scaling.md runs them: the live process (src/live.ts) takes
// intent-event jobs and keeps the live queue, and the scheduler process (src/scheduler.ts) with a
// worker process (src/worker.ts) turns its job schedulers' first ticks into committed rescoring.
// Each check compares with what one thread computes, then stops the processes with SIGTERM and
// expects a clean exit. Skips with a message when redis-server is missing; fails instead under
// HOTLEADS_REQUIRE_REDIS=1 (.ci/run).
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { b2bLeadModel, bandRank, createLiveQueue, createScorer, HOUR_MS } from '@hotleads/core';
import { redisBinary, startRedis, type RedisService } from '../../../test/services/redis';
import { KEYS, QUEUES, redisOptions } from './config';
import { LIVE_KEYS, type IntentJob } from './live';
import { loadShard } from './shardLeads';

const SHARDS = 2;
const NOW = Date.UTC(2026, 11, 1, 9);
const root = fileURLToPath(new URL('../../..', import.meta.url));
const required = process.env.HOTLEADS_REQUIRE_REDIS === '1';
const available = redisBinary() !== undefined;

if (!available && required)
  describe('Redis (HOTLEADS_REQUIRE_REDIS=1)', () => {
    it('is installed', () => {
      throw new Error('Redis is required but unavailable: redis-server is not on the PATH');
    });
  });
if (!available && !required) console.warn('BullMQ process entries on Redis: skipped — redis-server is not on the PATH');
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

/** Starts one of the example's process entries with `node --import tsx`; resolves once it prints `ready`. */
async function startProcess(entry: string, env: Record<string, string>) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--conditions=@hotleads/source', `examples/bullmq-rescoring/src/${entry}`],
    { cwd: root, env: { ...process.env, REDIS_PORT: String(service.port), ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.split('\n').includes('ready')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`${entry} exited (${code}) before it was ready: ${stderr}`)));
  });
  /** SIGTERM, and the exit code (null when it had to be SIGKILLed after 10 s). */
  const stop = () =>
    new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.once('exit', (code) => {
        clearTimeout(timer);
        resolve(code);
      });
      child.kill('SIGTERM');
    });
  return { child, stop, stderr: () => stderr };
}

/** Polls until `test` holds (up to `ms`), failing with `what`. */
async function until(what: string, test: () => Promise<boolean>, ms = 60_000): Promise<void> {
  const end = performance.now() + ms;
  while (!(await test())) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

suite('examples/bullmq-rescoring process entries on Redis', () => {
  it(
    'the live process applies intent-event jobs in order to its live queue, as one thread does, and stops cleanly',
    { timeout: 90_000 },
    async () => {
      const live = await startProcess('live.ts', { SHARDS: String(SHARDS), NOW: String(NOW) });
      const queue = new Queue<IntentJob>(QUEUES.intent, { connection: redisOptions(service.port) });
      try {
        // Intent events for 300 leads of the book, an hour after the book's time: a quote request
        // lifts the recency penalty, so some leads change band and the top of the queue moves.
        const book = Array.from({ length: SHARDS }, (_, s) => loadShard(s)).flat();
        const jobs: IntentJob[] = book
          .filter((_, i) => i % 7 === 0)
          .slice(0, 300)
          .map((lead, k) => ({
            leadId: lead.id,
            event: { type: k % 2 === 0 ? 'quote_request' : 'email_reply', at: NOW + HOUR_MS + k * 1_000 },
            now: NOW + HOUR_MS + k * 1_000,
          }));
        const triggers: Array<[string, unknown]> = [];
        const reference = createLiveQueue(b2bLeadModel, {
          now: NOW,
          leads: book,
          limit: 10,
          explain: false,
          onTrigger: (leadId, context) => triggers.push([leadId, context]),
        });
        const before = reference.top().map((e) => e.leadId);
        for (const job of jobs) {
          reference.advance(job.now);
          reference.ingest(job.leadId, job.event);
        }
        const want = reference.top().map((e) => [e.leadId, e.score]);
        // The events matter: the top moved and some leads changed band.
        expect(want.map(([id]) => id)).not.toEqual(before);
        expect(triggers.length).toBeGreaterThan(0);

        await queue.addBulk(jobs.map((data, k) => ({ name: 'intent', data, opts: { jobId: `intent-${k}` } })));
        await until('the live process to work every intent job', async () => {
          const counts = await queue.getJobCounts('completed', 'failed');
          if ((counts.failed ?? 0) > 0) throw new Error(`${counts.failed} intent jobs failed: ${live.stderr()}`);
          return (counts.completed ?? 0) === jobs.length;
        });
        expect(JSON.parse((await redis.get(LIVE_KEYS.top))!)).toEqual(want);
        const stream = await redis.xrange(LIVE_KEYS.changes, '-', '+');
        const written = stream.map(([, fields]) => {
          const f = Object.fromEntries([0, 2].map((i) => [fields[i], fields[i + 1]]));
          return [f.leadId, JSON.parse(f.context!)];
        });
        expect(written).toEqual(triggers);
        expect(await live.stop()).toBe(0);
      } finally {
        await queue.obliterate({ force: true });
        await queue.close();
      }
    },
  );

  it(
    'the scheduler process ticks each shard, and a worker process commits the round, equal to one thread',
    { timeout: 90_000 },
    async () => {
      const worker = await startProcess('worker.ts', {});
      const scheduler = await startProcess('scheduler.ts', { SHARDS: String(SHARDS) });
      const queue = new Queue(QUEUES.rescoring, { connection: redisOptions(service.port) });
      const ticks = new Queue(QUEUES.ticks, { connection: redisOptions(service.port) });
      try {
        expect(await ticks.getJobSchedulersCount()).toBe(SHARDS);
        // Each job scheduler's first tick is due at once: 2 shards × (rescore + due) jobs.
        await until('the first round of every shard', async () => {
          const counts = await queue.getJobCounts('completed', 'failed');
          if ((counts.failed ?? 0) > 0) throw new Error(`${counts.failed} round jobs failed: ${worker.stderr()}`);
          return (counts.completed ?? 0) === 2 * SHARDS;
        });
        const jobs = await queue.getJobs(['completed']);
        const rounds = new Set(jobs.map((j) => j.data.round as number));
        expect(rounds.size).toBe(1);
        const [round] = [...rounds] as [number];
        for (const job of jobs) expect(job.data.now).toBe(round);
        expect(round % HOUR_MS).toBe(0);
        // What one thread computes at the round's now.
        const score = createScorer(b2bLeadModel);
        const want = new Map<string, string>();
        for (let shard = 0; shard < SHARDS; shard++)
          for (const lead of loadShard(shard)) {
            const s = score(lead, { now: round, explain: false });
            want.set(s.leadId, `${s.score}|${bandRank(s.band)}`);
          }
        expect(new Map(Object.entries(await redis.hgetall(KEYS.results(round))))).toEqual(want);
        const commits = Object.values(await redis.hgetall(KEYS.commits(round)));
        expect(commits.length).toBe(want.size);
        expect(commits.every((c) => c === '1')).toBe(true);
        expect(await scheduler.stop()).toBe(0);
        expect(await worker.stop()).toBe(0);
      } finally {
        await ticks.obliterate({ force: true });
        await queue.obliterate({ force: true });
        await ticks.close();
        await queue.close();
      }
    },
  );
});
