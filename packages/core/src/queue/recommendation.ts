import { HotleadsError } from '../errors/HotleadsError';
import type { Lead } from '../lead/types';
import { compileTimeline } from '../policy/createContactChecker';
import { readRecommendOptions, recommendFor, type RecommendContactOptions } from '../policy/recommendContact';
import type { ContactAttempt, ContactPolicy } from '../policy/types';
import type { QueueEntry, QueueRecommendation } from './types';

/** The `recommend` option of `rankQueue` and `createLiveQueue`: `recommendContact`'s options without `now`. */
export type QueueRecommendOptions = Omit<RecommendContactOptions, 'now'>;

/** Attaches `recommendation` to entries, computed on first read (as explanations are only built for entries returned). */
export type Recommender = (entry: QueueEntry, lead: Lead, attempts: readonly ContactAttempt[], nowMs: number) => void;

/**
 * Checks the `recommend` option once and returns what attaches a lazily computed
 * `recommendation` to each entry; `undefined` without the option.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` for a bad option, or `recommend` without a policy.
 */
export function createRecommender(
  options: QueueRecommendOptions | undefined,
  policy: ContactPolicy | undefined,
): Recommender | undefined {
  if (options === undefined) return undefined;
  try {
    readRecommendOptions(options);
  } catch (error) {
    throw HotleadsError.wrap(error, ['recommend']);
  }
  if (policy === undefined)
    throw new HotleadsError('INVALID_ARGUMENT', 'recommend needs a contact policy', { path: ['recommend'] });
  const timeline = compileTimeline(policy);
  const opts = { ...options };
  return (entry, lead, attempts, nowMs) => {
    let memo: QueueRecommendation | undefined;
    Object.defineProperty(entry, 'recommendation', {
      enumerable: true,
      configurable: true,
      get(): QueueRecommendation {
        if (memo === undefined) {
          const r = recommendFor(timeline, lead, attempts, { ...opts, now: nowMs });
          memo = r.best === undefined ? { text: r.text } : { best: r.best, text: r.text };
        }
        return memo;
      },
    });
  };
}
