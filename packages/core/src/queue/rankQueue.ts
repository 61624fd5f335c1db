import { HotleadsError } from '../errors/HotleadsError';
import type { Lead } from '../lead/types';
import { createScorer, type Scorer } from '../scoring/createScorer';
import type { ScoringModel } from '../scoring/types';
import type { Time } from '../time/toEpochMs';
import { toEpochMs } from '../time/toEpochMs';
import { balanceOf, compareRank, type RankKey } from './compareEntries';
import { TopN } from './topN';
import type { QueueEntry } from './types';

/** Options for {@link rankQueue}. */
export type RankQueueOptions = {
  /** The moment the queue is for. */
  now: Time;
  /** Keep only the best `limit` eligible accounts (the book is not fully sorted). */
  limit?: number;
  /** Explain the returned entries (contributions and reasons; default true). */
  explain?: boolean;
};

type Ranked = RankKey & { lead: Lead };

/**
 * Ranks a work queue: highest score first, ties by balance (higher first) then id, so the
 * same book always gives the same order. With `limit` it keeps a bounded heap of the best
 * accounts instead of sorting the whole book, and explains only those it returns.
 *
 * @param model a model, or a scorer from {@link createScorer} to skip recompiling.
 * @example rankQueue(book, collectionsHotLeadModel, { now, limit: 10 })
 */
export function rankQueue(leads: readonly Lead[], model: ScoringModel | Scorer, options: RankQueueOptions): QueueEntry[] {
  const score = typeof model === 'function' ? model : createScorer(model);
  const now = toEpochMs(options.now, ['now']);
  const limit = options.limit;
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 0)) throw new HotleadsError('INVALID_ARGUMENT', 'limit must be a whole number ≥ 0', { path: ['limit'] });

  const ranked: Ranked[] = [];
  const top = limit === undefined ? undefined : new TopN<Ranked>(limit, compareRank);
  for (const lead of leads) {
    const s = score(lead, { now, explain: false });
    const item: Ranked = { score: s.score, balance: balanceOf(lead), id: lead.id, lead };
    if (top === undefined) ranked.push(item);
    else top.offer(item);
  }
  const ordered = top === undefined ? ranked.sort(compareRank) : top.sorted();
  const explain = options.explain !== false;
  return ordered.map(({ lead }, i): QueueEntry => ({ ...score(lead, { now, explain }), rank: i + 1, eligible: true, blockedReasons: [] }));
}
