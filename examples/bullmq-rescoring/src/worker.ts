// A rescoring worker process: `REDIS_PORT=6379 tsx src/worker.ts`. Start as many as the book
// needs; each takes `rescore` and `due` jobs of any shard. docs/scaling.md, "A BullMQ deployment".
import { Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { QUEUES, WORKER_TIMINGS, redisOptions } from './config';
import { createRoundProcessor } from './processor';
import { createRedisStateStore } from './redisStateStore';

const port = Number(process.env.REDIS_PORT ?? 6379);
// For the integration test: after a commit, say so and wait, so a SIGKILL lands between the
// commit and the job's completion (the case where BullMQ delivers the job again).
const pause = Number(process.env.PAUSE_AFTER_COMMIT_MS ?? 0);
const redis = new Redis(redisOptions(port));
const worker = new Worker(
  QUEUES.rescoring,
  createRoundProcessor({
    redis,
    store: createRedisStateStore(redis),
    afterCommit: async (job) => {
      if (pause <= 0) return;
      process.stdout.write(`committed ${job.name} ${job.data.shard} ${job.data.round}\n`);
      await new Promise((resolve) => setTimeout(resolve, pause));
    },
  }),
  { connection: redisOptions(port), concurrency: 2, ...WORKER_TIMINGS },
);
worker.on('ready', () => process.stdout.write('ready\n'));
const stop = () => {
  void worker.close().then(() => redis.quit().then(() => process.exit(0)));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
