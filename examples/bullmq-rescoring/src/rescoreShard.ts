import { b2bLeadModel, BANDS, bandRank, createScorer, type ScoreChangeContext } from '@hotleads/core';
import type { Redis } from 'ioredis';
import { KEYS } from './config';
import { COMMIT_RESULTS } from './scripts';
import { loadShard } from './shardLeads';

/** A job's data: which shard, which round, and the moment to score at (never the clock). */
export type RoundJob = { shard: number; round: number; now: number };

/** A result as stored: the unrounded score and the band rank. */
const encode = (score: number, rank: number) => `${score}|${rank}`;

/** What a stored result says, or undefined for none. */
export function decodeResult(value: string | undefined): { score: number; rank: number } | undefined {
  if (value === undefined) return undefined;
  const [score, rank] = value.split('|');
  return { score: Number(score), rank: Number(rank) };
}

const score = createScorer(b2bLeadModel);

/**
 * Scores one shard at `job.now` and commits the round in one Lua script: every lead's result
 * keyed by round and lead id, and a `scoreChange` trigger context for each lead whose band moved
 * since its last committed result. A retry of a job whose commit went through writes nothing.
 *
 * @returns whether this attempt committed, and how many band changes it emitted.
 */
export async function rescoreShard(redis: Redis, job: RoundJob): Promise<{ committed: boolean; changes: number }> {
  await redis.hincrby(KEYS.attempts(job.round), `rescore:${job.shard}`, 1);
  const previous = await redis.hgetall(KEYS.last(job.shard));
  const results: string[] = [];
  const changes: string[] = [];
  const leads = loadShard(job.shard);
  for (const lead of leads) {
    const s = score(lead, { now: job.now, explain: false });
    const rank = bandRank(s.band);
    results.push(s.leadId, encode(s.score, rank));
    const before = decodeResult(previous[s.leadId]);
    if (before !== undefined && before.rank !== rank) {
      const context: ScoreChangeContext = {
        type: 'scoreChange',
        previousScore: before.score,
        previousBand: BANDS[before.rank]!,
        score: s.score,
        band: s.band,
      };
      changes.push(s.leadId, JSON.stringify(context));
    }
  }
  const committed = (await redis.eval(
    COMMIT_RESULTS,
    5,
    KEYS.done(job.round, job.shard),
    KEYS.results(job.round),
    KEYS.commits(job.round),
    KEYS.last(job.shard),
    KEYS.changes,
    String(job.round),
    String(leads.length),
    ...results,
    String(changes.length / 2),
    ...changes,
  )) as number;
  return { committed: committed === 1, changes: committed === 1 ? changes.length / 2 : 0 };
}
