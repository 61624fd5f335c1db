// The live process (exactly one): `REDIS_PORT=6379 SHARDS=100 tsx src/live.ts`. It owns the live
// queue, which lives in its memory: the only worker of the intent-events queue, with concurrency
// 1, so events are applied one at a time in arrival order. A second live process would keep a
// second, diverging queue: run one, and restart it (it rebuilds from the book) when it dies.
import { b2bLeadModel, createLiveQueue, toEpochMs, type LeadEvent } from '@hotleads/core';
import { Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { QUEUES, redisOptions } from './config';
import { loadShard } from './shardLeads';

/** An intent event as a job: the lead, the event, and the moment it is applied at. */
export type IntentJob = { leadId: string; event: LeadEvent; now: number };

/** Redis keys the live process writes: the current top 10, and the band changes it saw. */
export const LIVE_KEYS = { top: 'hl:live-top', changes: 'hl:live-changes' } as const;

/** Options for {@link startLive}. */
export type LiveOptions = { port: number; shards: number; now: number };

/** Loads the book into a live queue and applies intent-event jobs to it, one at a time. */
export async function startLive(options: LiveOptions): Promise<{ close(): Promise<void> }> {
  const redis = new Redis(redisOptions(options.port));
  const leads = Array.from({ length: options.shards }, (_, s) => loadShard(s)).flat();
  const changes: string[] = [];
  const queue = createLiveQueue(b2bLeadModel, {
    now: options.now,
    leads,
    limit: 10,
    explain: false,
    onTrigger: (leadId, context) => changes.push(leadId, JSON.stringify(context)),
  });
  const worker = new Worker<IntentJob>(
    QUEUES.intent,
    async (job) => {
      if (job.data.now > toEpochMs(queue.now)) queue.advance(job.data.now);
      queue.ingest(job.data.leadId, job.data.event);
      const multi = redis.multi().set(LIVE_KEYS.top, JSON.stringify(queue.top().map((e) => [e.leadId, e.score])));
      for (let i = 0; i < changes.length; i += 2)
        multi.xadd(LIVE_KEYS.changes, '*', 'leadId', changes[i]!, 'context', changes[i + 1]!);
      changes.length = 0;
      await multi.exec();
    },
    { connection: redisOptions(options.port), concurrency: 1 },
  );
  return {
    async close() {
      await worker.close();
      await redis.quit();
    },
  };
}

if (process.argv[1]?.endsWith('live.ts')) {
  const live = await startLive({
    port: Number(process.env.REDIS_PORT ?? 6379),
    shards: Number(process.env.SHARDS ?? 100),
    now: Number(process.env.NOW ?? Date.UTC(2026, 11, 1)),
  });
  process.stdout.write('ready\n');
  process.on('SIGTERM', () => void live.close().then(() => process.exit(0)));
}
