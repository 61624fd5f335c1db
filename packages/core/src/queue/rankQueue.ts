import { HotleadsError } from '../errors/HotleadsError';
import { unreadable } from '../errors/unreadable';
import type { Lead } from '../lead/types';
import { checkChannel } from '../policy/checkAttempt';
import { createContactChecker } from '../policy/createContactChecker';
import type { ContactAttempt, ContactChannel, ContactCheck, ContactPolicy } from '../policy/types';
import { createScorer, isScorer, type Scorer } from '../scoring/createScorer';
import { isList, LIST_MESSAGE } from '../validation/requireList';
import { requireOptions } from '../validation/requireOptions';
import type { LeadScore, ScoringModel } from '../scoring/types';
import type { Time } from '../time/toEpochMs';
import { toEpochMs } from '../time/toEpochMs';
import { balanceOf, compareRank, type RankKey } from './compareEntries';
import { explainLater } from './explainLater';
import { createRecommender, type QueueRecommendOptions } from './recommendation';
import { TopN } from './topN';
import { groupTouches } from './touches';
import type { QueueEntry } from './types';

/** Options for {@link rankQueue}. */
export type RankQueueOptions = {
  /** The moment the queue is for. */
  now: Time;
  /** Keep only the best `limit` eligible accounts (the book is not fully sorted). */
  limit?: number;
  /**
   * Explain the returned entries (default true): each entry computes its contributions and
   * reasons the first time they are read, so a queue of 10,000 explains only what is shown.
   * `false` gives entries with empty contributions and reasons.
   */
  explain?: boolean;
  /**
   * A contact policy: accounts it does not allow now are not ranked among the eligible ones;
   * they follow them, with reasons and `nextEligibleAt`. Without a policy nothing is filtered.
   */
  policy?: ContactPolicy;
  /**
   * Contact attempts already made (any accounts; any iterable), counted by the policy. Each is
   * checked, with or without a policy.
   */
  touches?: Iterable<ContactAttempt>;
  /** The channel the queue is for; default `call`. */
  channel?: ContactChannel;
  /**
   * Give every returned entry its top `recommendation` (`recommendContact` with these options),
   * computed lazily when an entry's `recommendation` is first read. Needs a `policy`.
   */
  recommend?: QueueRecommendOptions;
};

type Ranked = RankKey & { lead: Lead; quick: LeadScore; check?: ContactCheck };
const NO_TOUCHES: readonly ContactAttempt[] = [];

/**
 * Ranks a work queue: highest score first, ties by balance (higher first) then id, so the
 * same book always gives the same order. With `limit` it keeps a bounded heap of the best
 * accounts instead of sorting the whole book. Entries are explained on demand: each carries its
 * lead and computes its contributions and reasons when they are first read — identical to an
 * eager explanation (docs/queue-and-compliance.md, "Explanations on demand").
 *
 * With a `policy`, every account is returned: the eligible ones first in rank order (`limit`
 * counts only these), then the blocked ones in the same order, each with `blockedReasons` and
 * `nextEligibleAt`.
 *
 * Compliance fails closed (docs/queue-and-compliance.md, "Guarantees"): a malformed touch or
 * `channel` throws; an account whose compliance data cannot be read is blocked with a reason
 * naming the field, and the rest of the book is ranked.
 *
 * @param leads the book: an array or any other iterable of leads.
 * @param model a model, or a scorer from {@link createScorer} to skip recompiling.
 * @throws HotleadsError `INVALID_LEAD` naming the lead, e.g. `leads[4].events[0].at`;
 *   `INVALID_MODEL`, `INVALID_POLICY`, `INVALID_TIME` or `INVALID_ARGUMENT` for the options,
 *   the touches (naming the index, `touches[7].channel`) and a `leads` that is not a list.
 * @example rankQueue(book, collectionsHotLeadModel, { now, limit: 10 })
 */
export function rankQueue(
  leads: Iterable<Lead>,
  model: ScoringModel | Scorer,
  options: RankQueueOptions,
): QueueEntry[] {
  try {
    return rank(leads, model, options);
  } catch (error) {
    throw unreadable(error);
  }
}

function rank(leads: Iterable<Lead>, model: ScoringModel | Scorer, options: RankQueueOptions): QueueEntry[] {
  requireOptions(options);
  if (!isList(leads)) throw new HotleadsError('INVALID_ARGUMENT', LIST_MESSAGE, { path: ['leads'] });
  const score = isScorer(model) ? model : createScorer(model as ScoringModel);
  const now = toEpochMs(options.now, ['now']);
  const limit = options.limit;
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 0))
    throw new HotleadsError('INVALID_ARGUMENT', 'limit must be a whole number ≥ 0', { path: ['limit'] });

  const check = options.policy === undefined ? undefined : createContactChecker(options.policy);
  const channel = checkChannel(options.channel);
  const recommend = createRecommender(options.recommend, options.policy);
  // Attempts are checked where they enter, with or without a policy to count them.
  const touchesByLead = groupTouches(options.touches, check !== undefined);

  const ranked: Ranked[] = [];
  const blocked: Ranked[] = [];
  const top = limit === undefined ? undefined : new TopN<Ranked>(limit, compareRank);
  const probe: Ranked = { score: 0, balance: 0, id: '', lead: { id: '' }, quick: undefined as unknown as LeadScore };
  const quick = { now, explain: false };
  let index = 0;
  for (const lead of leads) {
    let s: LeadScore;
    try {
      s = score(lead, quick);
    } catch (error) {
      throw HotleadsError.wrap(error, ['leads', index]);
    }
    index++;
    const balance = balanceOf(lead);
    // With a limit and no policy most accounts are rejected at once: compare before allocating.
    if (top !== undefined && check === undefined) {
      probe.score = s.score;
      probe.balance = balance;
      probe.id = lead.id;
      if (top.wouldKeep(probe)) top.offer({ score: s.score, balance, id: lead.id, lead, quick: s });
      continue;
    }
    const item: Ranked = { score: s.score, balance, id: lead.id, lead, quick: s };
    if (check !== undefined) {
      let result: ContactCheck;
      try {
        result = check(lead, touchesByLead.get(lead.id) ?? NO_TOUCHES, { now, channel });
      } catch (error) {
        throw HotleadsError.wrap(error, ['leads', index - 1]);
      }
      if (!result.eligible) {
        item.check = result;
        blocked.push(item);
        continue;
      }
    }
    if (top === undefined) ranked.push(item);
    else top.offer(item);
  }
  const ordered = top === undefined ? ranked.sort(compareRank) : top.sorted();
  const explain = options.explain !== false;
  // Nothing is explained up front: a lazy entry explains itself when its reasons are first read.
  const later = { now, explain: true };
  const entryOf = ({ lead, quick, check: result }: Ranked, rank: number): QueueEntry => {
    const entry: QueueEntry = explain
      ? explainLater(quick, lead, score, later, rank, result)
      : {
          ...quick,
          rank,
          eligible: result === undefined,
          blockedReasons: result === undefined ? [] : result.reasons,
        };
    if (!explain && result?.nextEligibleAt !== undefined) entry.nextEligibleAt = result.nextEligibleAt;
    recommend?.(entry, lead, touchesByLead.get(lead.id) ?? NO_TOUCHES, now);
    return entry;
  };
  const entries = ordered.map((item, i) => entryOf(item, i + 1));
  if (blocked.length === 0) return entries;
  blocked.sort(compareRank);
  for (const item of blocked) entries.push(entryOf(item, entries.length + 1));
  return entries;
}
