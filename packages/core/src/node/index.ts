// @hotleads/core/node — batch scoring across cores in worker threads (piscina), Node only.
//
// Audience: a host scoring a large book on one machine (a nightly rescoring job, a backfill).
// Workers read or generate their own shards and send back typed arrays (docs/scaling.md). The
// main entry, `@hotleads/core`, never imports this one, so it stays free of node:worker_threads
// and keeps working in browsers; the browser's counterpart is `@hotleads/core/worker`.

export { createScoringPool } from './createScoringPool';
export type { ScoringPool, ScoringPoolOptions } from './createScoringPool';
export { scoreShards } from './scoreShards';
export type { BatchEntry, ShardSource } from './types';
export type { BatchScoreOptions, BatchScores } from '../worker/types';
