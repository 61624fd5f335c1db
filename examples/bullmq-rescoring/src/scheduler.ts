// The scheduler process (exactly one): `REDIS_PORT=6379 SHARDS=100 tsx src/scheduler.ts`. It owns
// the schedule ticks: one BullMQ job scheduler per shard on the ticks queue, and the only worker
// of that queue, which turns each tick into the shard's round jobs. docs/scaling.md.
import { Queue, Worker, type Job } from 'bullmq';
import { QUEUES, ROUND_EVERY_MS, WORKER_TIMINGS, redisOptions } from './config';
import { enqueueRound } from './enqueueRound';

/** Options for {@link startScheduler}. */
export type SchedulerOptions = {
  port: number;
  shards: number;
  /** The rounds' spacing (default an hour). */
  every?: number;
  /** BullMQ's key prefix (default `bull`); a test gives its own to run beside other queues. */
  prefix?: string;
};

/** A tick's shard; its time is the one BullMQ scheduled it for. */
type Tick = { shard: number };

/**
 * Upserts one job scheduler per shard (`upsertJobScheduler`, BullMQ 6: repeatable jobs are gone)
 * and starts the ticks worker. A round is the tick's slot (`every` wide), so the shards ticked in
 * one slot share it, and `now` is that slot's start: no process reads the clock for a score.
 */
export async function startScheduler(options: SchedulerOptions): Promise<{ close(): Promise<void> }> {
  const every = options.every ?? ROUND_EVERY_MS;
  const connection = redisOptions(options.port);
  const prefix = options.prefix ?? 'bull';
  const ticks = new Queue<Tick>(QUEUES.ticks, { connection, prefix });
  const rounds = new Queue(QUEUES.rescoring, { connection, prefix });
  for (let shard = 0; shard < options.shards; shard++)
    await ticks.upsertJobScheduler(`shard-${shard}`, { every }, { name: 'tick', data: { shard } });
  const worker = new Worker<Tick>(
    QUEUES.ticks,
    async (job: Job<Tick>) => {
      const at = job.opts.prevMillis ?? job.timestamp;
      await enqueueRound(rounds, job.data.shard, Math.floor(at / every) * every);
    },
    { connection, prefix, concurrency: 1, ...WORKER_TIMINGS },
  );
  return {
    async close() {
      await worker.close();
      await ticks.close();
      await rounds.close();
    },
  };
}

if (process.argv[1]?.endsWith('scheduler.ts')) {
  const scheduler = await startScheduler({
    port: Number(process.env.REDIS_PORT ?? 6379),
    shards: Number(process.env.SHARDS ?? 100),
  });
  process.stdout.write('ready\n');
  process.on('SIGTERM', () => void scheduler.close().then(() => process.exit(0)));
}
