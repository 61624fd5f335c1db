import type { Lead } from '../lead/types';
import { checkAttempt, checkChannel } from '../policy/checkAttempt';
import { createContactChecker } from '../policy/createContactChecker';
import type { ContactAttempt } from '../policy/types';
import { bandRank } from '../scoring/bands';
import { createScorer, isScorer, type Scorer } from '../scoring/createScorer';
import type { LeadScore, ScoringModel } from '../scoring/types';
import { toEpochMs } from '../time/toEpochMs';
import { requireList } from '../validation/requireList';
import { requireOptions } from '../validation/requireOptions';
import type { BatchScoreOptions, BatchScores } from './types';

/** Scores leads one by one into growing typed arrays; {@link BatchScorer.result} hands them over. */
export type BatchScorer = {
  /** Scores one more lead (index = the number added before it). */
  add(lead: Lead): void;
  /** The same lead scored with explanations (`explain: true`), for the few entries shown. */
  explain(lead: Lead): LeadScore;
  /** The scores so far, trimmed to size. */
  result(): BatchScores;
};

const NO_TOUCHES: readonly ContactAttempt[] = [];
const TOUCHES = ['touches'];

/**
 * The batch loop every worker runs (and the single-thread reference): the scorer of `model`, the
 * contact checker of `options.policy`, results written into typed arrays.
 *
 * @throws HotleadsError `INVALID_MODEL`, `INVALID_POLICY`, `INVALID_TIME` or `INVALID_ARGUMENT`
 *   for the options; `add` throws `INVALID_LEAD` for a lead the scorer refuses.
 */
export function createBatchScorer(model: ScoringModel | Scorer, options: BatchScoreOptions): BatchScorer {
  requireOptions(options);
  const score = isScorer(model) ? model : createScorer(model as ScoringModel);
  const now = toEpochMs(options.now, ['now']);
  const check = options.policy === undefined ? undefined : createContactChecker(options.policy);
  const channel = checkChannel(options.channel);
  const byLead = new Map<string, ContactAttempt[]>();
  const touches = requireList<ContactAttempt>(options.touches === undefined ? NO_TOUCHES : options.touches, TOUCHES);
  for (let i = 0; i < touches.length; i++) {
    const touch = touches[i]!;
    checkAttempt(touch, TOUCHES, i);
    let list = byLead.get(touch.leadId);
    if (list === undefined) byLead.set(touch.leadId, (list = []));
    list.push(touch);
  }
  const quick = { now, explain: false };
  const checkOptions = { now, channel };
  let size = 0;
  let scores = new Float64Array(1024);
  let bands = new Uint8Array(1024);
  let eligible = new Uint8Array(1024);
  const leadIds: string[] = [];
  const grow = () => {
    const next = scores.length * 2;
    const s = new Float64Array(next);
    s.set(scores);
    scores = s;
    const b = new Uint8Array(next);
    b.set(bands);
    bands = b;
    const e = new Uint8Array(next);
    e.set(eligible);
    eligible = e;
  };
  return {
    add(lead) {
      const s = score(lead, quick);
      if (size === scores.length) grow();
      scores[size] = s.score;
      bands[size] = bandRank(s.band);
      eligible[size] =
        check === undefined || check(lead, byLead.get(s.leadId) ?? NO_TOUCHES, checkOptions).eligible ? 1 : 0;
      leadIds.push(s.leadId);
      size++;
    },
    explain(lead) {
      return score(lead, { now, explain: true });
    },
    result() {
      return {
        size,
        leadIds,
        scores: scores.slice(0, size),
        bands: bands.slice(0, size),
        eligible: eligible.slice(0, size),
      };
    },
  };
}
