import { HotleadsError } from '../errors/HotleadsError';
import { unreadable } from '../errors/unreadable';
import type { ScoringModel } from '../scoring/types';
import { requireList } from '../validation/requireList';
import { createBatchScorer } from '../worker/createBatchScorer';
import type { BatchScoreOptions, BatchScores } from '../worker/types';
import { concatBatches } from './concatBatches';
import { forEachLead } from './readShard';
import type { ShardSource } from './types';

/**
 * What {@link createScoringPool}'s `score` computes, in this thread: the single-thread baseline
 * (and the right call for a batch too small to be worth a thread).
 *
 * @example const batch = scoreShards([{ demo: 'b2b', size: 1000, seed: 1, now }], b2bLeadModel, { now });
 * @throws HotleadsError as the pool's `score` does, with the same paths.
 */
export function scoreShards(
  shards: readonly ShardSource[],
  model: ScoringModel,
  options: BatchScoreOptions,
): BatchScores {
  try {
    const list = requireList<ShardSource>(shards, ['shards']);
    const parts: BatchScores[] = [];
    const batchOf = () => createBatchScorer(model, options);
    const first = batchOf();
    list.forEach((source, i) => {
      const batch = i === 0 ? first : batchOf();
      try {
        forEachLead(source, (lead) => batch.add(lead));
      } catch (error) {
        throw HotleadsError.wrap(error, ['shards', i]);
      }
      parts.push(batch.result());
    });
    return concatBatches(parts);
  } catch (error) {
    throw unreadable(error);
  }
}
