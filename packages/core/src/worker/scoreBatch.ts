import { HotleadsError } from '../errors/HotleadsError';
import { unreadable } from '../errors/unreadable';
import type { Lead } from '../lead/types';
import type { Scorer } from '../scoring/createScorer';
import type { ScoringModel } from '../scoring/types';
import { requireList } from '../validation/requireList';
import { createBatchScorer } from './createBatchScorer';
import type { BatchScoreOptions, BatchScores } from './types';

/**
 * Scores leads in this thread into the typed arrays a scoring worker returns: the single-thread
 * reference of {@link createBrowserScoringWorker} (and the right call for a batch too small to be
 * worth a worker). Each score is `createScorer(model)(lead, { now, explain: false }).score`.
 *
 * @example
 * const batch = scoreBatch(generateB2bLeads({ size: 100, seed: 1, now }), b2bLeadModel, { now });
 * BANDS[batch.bands[0]!]; // the first lead's band
 * @throws HotleadsError `INVALID_MODEL`, `INVALID_TIME`, `INVALID_POLICY` or `INVALID_ARGUMENT`
 *   for the model and options; `INVALID_LEAD` at `['leads', i, …]` for a lead the scorer refuses.
 */
export function scoreBatch(
  leads: Iterable<Lead>,
  model: ScoringModel | Scorer,
  options: BatchScoreOptions,
): BatchScores {
  try {
    const batch = createBatchScorer(model, options);
    const list = requireList<Lead>(leads, ['leads']);
    for (let i = 0; i < list.length; i++) {
      try {
        batch.add(list[i]!);
      } catch (error) {
        throw HotleadsError.wrap(error, ['leads', i]);
      }
    }
    return batch.result();
  } catch (error) {
    throw unreadable(error);
  }
}
