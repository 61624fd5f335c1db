import type { StateStore } from '@hotleads/core';
import type { RuleState } from '@hotleads/rules';
import type { Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { rescoreShard, type RoundJob } from './rescoreShard';
import { runDueRules } from './runDueRules';

/** Options for {@link createRoundProcessor}. */
export type RoundProcessorOptions = {
  redis: Redis;
  store: StateStore<RuleState>;
  /** Called after each commit (the test uses it to kill a worker between a commit and the job's completion). */
  afterCommit?: (job: Job<RoundJob>) => Promise<void>;
};

/** The rescoring queue's processor: `rescore` and `due` jobs of one shard and round. */
export function createRoundProcessor(options: RoundProcessorOptions) {
  return async (job: Job<RoundJob>): Promise<number> => {
    let written: number;
    if (job.name === 'rescore') written = (await rescoreShard(options.redis, job.data)).committed ? 1 : 0;
    else if (job.name === 'due') written = await runDueRules(options.redis, options.store, job.data);
    else throw new Error(`Unknown job ${job.name}`);
    if (written > 0) await options.afterCommit?.(job);
    return written;
  };
}
