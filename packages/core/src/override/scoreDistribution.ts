import { HotleadsError, isHotleadsError } from '../errors/HotleadsError';
import { unreadable } from '../errors/unreadable';
import type { Lead } from '../lead/types';
import { BANDS } from '../scoring/bands';
import { createScorer } from '../scoring/createScorer';
import type { Band, ScoringModel } from '../scoring/types';
import type { Time } from '../time/toEpochMs';
import { toEpochMs } from '../time/toEpochMs';
import { requireList } from '../validation/requireList';
import { requireOptions } from '../validation/requireOptions';

/** The constant sentence for a bad bucket count. */
export const BUCKETS_MESSAGE = 'buckets is an integer 1..100';

/** Options of {@link scoreDistribution}. */
export type ScoreDistributionOptions = {
  /** The moment to score at. */
  now: Time;
  /** How many equal-width buckets over 0..100 (default 10). */
  buckets?: number;
};

/** One bar of the histogram: scores in `[from, to)`, the last bucket including 100. */
export type ScoreBucket = { from: number; to: number; count: number };

/** What {@link scoreDistribution} returns. */
export type ScoreDistribution = {
  buckets: ScoreBucket[];
  /** Leads per band, every band present. */
  bands: Record<Band, number>;
  total: number;
  /** The mean score (0 for no leads). */
  mean: number;
};

/**
 * The histogram a criteria edit is judged by (docs/lead-management.md, "Model overrides"):
 * every lead scored by `model` at `now`, counted in `buckets` equal-width buckets over 0..100 and
 * by band. Compare the distribution of the base model with that of {@link overrideModel}'s result.
 *
 * @throws HotleadsError `INVALID_MODEL` for a bad model; `INVALID_ARGUMENT` (or `INVALID_TIME`) for a
 *   bad list, `now` or bucket count; a bad lead's error, its path under `['leads', i]`.
 * @example scoreDistribution(leads, b2bLeadModel, { now, buckets: 5 }).buckets.map((b) => b.count)
 */
export function scoreDistribution(
  leads: readonly Lead[],
  model: ScoringModel,
  options: ScoreDistributionOptions,
): ScoreDistribution {
  const score = createScorer(model);
  requireOptions(options, ['options']);
  let now: number;
  let n: unknown;
  try {
    now = toEpochMs(Object.hasOwn(options, 'now') ? (options.now as Time) : (undefined as never), ['options', 'now']);
    n = Object.hasOwn(options, 'buckets') ? options.buckets : undefined;
  } catch (e) {
    throw unreadable(e, 'INVALID_ARGUMENT', ['options']);
  }
  const count = n ?? 10;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > 100)
    throw new HotleadsError('INVALID_ARGUMENT', BUCKETS_MESSAGE, { path: ['options', 'buckets'] });
  const list = requireList<Lead>(leads, ['leads']);
  const width = 100 / count;
  const buckets: ScoreBucket[] = Array.from({ length: count }, (_, i) => ({
    from: Math.round(i * width * 1000) / 1000,
    to: Math.round((i + 1) * width * 1000) / 1000,
    count: 0,
  }));
  const bands = Object.fromEntries(BANDS.map((b) => [b, 0])) as Record<Band, number>;
  let sum = 0;
  for (let i = 0; i < list.length; i++) {
    let s;
    try {
      s = score(list[i]!, { now, explain: false });
    } catch (e) {
      throw isHotleadsError(e) ? e.withPathPrefix(['leads', i]) : unreadable(e, 'INVALID_LEAD', ['leads', i]);
    }
    const at = Math.min(count - 1, Math.max(0, Math.floor(s.score / width)));
    buckets[at]!.count++;
    bands[s.band]++;
    sum += s.score;
  }
  return { buckets, bands, total: list.length, mean: list.length === 0 ? 0 : sum / list.length };
}
