import type { Queue } from 'bullmq';
import type { RoundJob } from './rescoreShard';

/**
 * Adds one round's jobs for a shard: `rescore` and `due`, with `now` in the data. The job ids
 * name the round and shard, so a tick delivered twice adds nothing the second time. A failed
 * attempt (a CONFLICT, a lost connection) is retried a few times.
 */
export async function enqueueRound(queue: Queue, shard: number, round: number): Promise<void> {
  const data: RoundJob = { shard, round, now: round };
  const opts = (kind: string) => ({
    jobId: `${kind}-${round}-${shard}`,
    attempts: 5,
    backoff: { type: 'fixed', delay: 200 },
  });
  await queue.addBulk([
    { name: 'rescore', data, opts: opts('rescore') },
    { name: 'due', data, opts: opts('due') },
  ]);
}
