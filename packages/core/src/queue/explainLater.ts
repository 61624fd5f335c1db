import { HotleadsError } from '../errors/HotleadsError';
import { unreadable } from '../errors/unreadable';
import type { ContactCheck } from '../policy/types';
import type { Scorer } from '../scoring/createScorer';
import type { Lead } from '../lead/types';
import type { Band, Contribution, LeadScore, ScoreOptions } from '../scoring/types';
import type { QueueEntry } from './types';

/** What a lazy entry keeps once explained. */
type Explanation = { contributions: Contribution[]; reasons: string[] };

/**
 * A queue entry that is explained on demand (docs/queue-and-compliance.md, "Explanations on
 * demand"): it carries its lead, the scorer and `now`, and computes `contributions` and `reasons`
 * the first time either is read — then keeps them. Everything else is plain data. A later
 * explanation is the eager one, bit for bit, since it is the same scorer on the same lead at the
 * same `now`. `toJSON` (and so `JSON.stringify`) writes the explained entry.
 */
class LazyEntry implements QueueEntry {
  leadId: string;
  score: number;
  band: Band;
  achieved: number;
  possible: number;
  rank: number;
  eligible: boolean;
  blockedReasons: string[];
  nextEligibleAt?: string;
  #lead: Lead | undefined;
  #scorer: Scorer | undefined;
  /** `{ now, explain: true }`, one object for the whole queue. */
  #options: ScoreOptions | undefined;
  #explained: Explanation | undefined;

  constructor(
    quick: LeadScore,
    lead: Lead,
    scorer: Scorer,
    options: ScoreOptions,
    rank: number,
    check: ContactCheck | undefined,
  ) {
    this.leadId = quick.leadId;
    this.score = quick.score;
    this.band = quick.band;
    this.achieved = quick.achieved;
    this.possible = quick.possible;
    this.rank = rank;
    this.eligible = check === undefined || check.eligible;
    this.blockedReasons = check === undefined || check.eligible ? [] : check.reasons;
    if (check !== undefined && !check.eligible && check.nextEligibleAt !== undefined)
      this.nextEligibleAt = check.nextEligibleAt;
    this.#lead = lead;
    this.#scorer = scorer;
    this.#options = options;
    this.#explained = undefined;
  }

  /** Explains the entry once: afterwards it keeps only the two lists, not what explained them. */
  #explain(): Explanation {
    if (this.#explained !== undefined) return this.#explained;
    const { contributions, reasons } = this.#scorer!(this.#lead!, this.#options!);
    this.#explained = { contributions, reasons };
    // What explained it is no longer needed: let the lead go.
    this.#lead = undefined;
    this.#scorer = undefined;
    this.#options = undefined;
    return this.#explained;
  }

  /** Every criterion's contribution, highest |weighted| first; computed on first read. */
  get contributions(): Contribution[] {
    return this.#explain().contributions;
  }

  set contributions(value: Contribution[]) {
    this.#explain().contributions = value;
  }

  /** The reasons a collector reads; computed on first read. */
  get reasons(): string[] {
    return this.#explain().reasons;
  }

  set reasons(value: string[]) {
    this.#explain().reasons = value;
  }

  /** The entry as plain data, explained. */
  toJSON(): QueueEntry {
    return explainedEntry(this);
  }
}

/**
 * A queue entry from a score computed without explanations: its contributions and reasons are
 * computed by `scorer` on `lead` with `options` (`{ now, explain: true }`, shared by the entries
 * of a queue) only when first read (see `rankQueue`).
 */
export function explainLater(
  quick: LeadScore,
  lead: Lead,
  scorer: Scorer,
  options: ScoreOptions,
  rank: number,
  check: ContactCheck | undefined,
): QueueEntry {
  return new LazyEntry(quick, lead, scorer, options, rank, check);
}

/**
 * A queue entry as plain data with its explanation (reading it, so a lazy entry is explained):
 * what `JSON.stringify` writes, and a copy that `{ ...entry }` alone would not make.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` when `entry` is not an object that can be read.
 */
export function explainedEntry(entry: QueueEntry): QueueEntry {
  if (entry === null || typeof entry !== 'object')
    throw new HotleadsError('INVALID_ARGUMENT', 'Expected a queue entry', { path: ['entry'] });
  try {
    return copyEntry(entry);
  } catch (error) {
    // A hostile object whose getters throw, or not an entry at all.
    throw unreadable(error, 'INVALID_ARGUMENT', ['entry']);
  }
}

function copyEntry(entry: QueueEntry): QueueEntry {
  const out: QueueEntry = {
    leadId: entry.leadId,
    score: entry.score,
    band: entry.band,
    achieved: entry.achieved,
    possible: entry.possible,
    contributions: entry.contributions,
    reasons: entry.reasons,
    rank: entry.rank,
    eligible: entry.eligible,
    blockedReasons: Array.isArray(entry.blockedReasons) ? [...entry.blockedReasons] : [],
  };
  if (entry.nextEligibleAt !== undefined) out.nextEligibleAt = entry.nextEligibleAt;
  return out;
}
