import type { ContactAttempt, ContactChannel, ContactPolicy } from '../policy/types';
import type { Time } from '../time/toEpochMs';

/** Options of a batch scoring call: the moment, and an optional contact policy for eligibility. */
export type BatchScoreOptions = {
  /** The moment every lead is scored (and checked) at. */
  now: Time;
  /**
   * A contact policy: `eligible[i]` says whether lead i may be contacted on `channel` now (the
   * same check as `rankQueue`'s). Without one every lead counts as eligible.
   */
  policy?: ContactPolicy;
  /** Attempts already made, as in `rankQueue` (each worker groups them by `leadId`). */
  touches?: readonly ContactAttempt[];
  /** The channel eligibility is checked for (default `call`). */
  channel?: ContactChannel;
};

/**
 * The scores of a batch in input order, as typed arrays (cheap to move between threads): no
 * explanations, no objects per lead. `BANDS[bands[i]]` is lead i's band.
 */
export type BatchScores = {
  /** How many leads were scored. */
  size: number;
  /** Lead ids in input order. */
  leadIds: string[];
  /** Unrounded scores, 0–100 (`LeadScore.score`). */
  scores: Float64Array;
  /** Band ranks: 0 COLD, 1 WARM, 2 HIGH, 3 HOT (`bandRank`, and `BANDS` back). */
  bands: Uint8Array;
  /** 1 when the lead may be contacted now under the options' policy (always 1 without a policy), else 0. */
  eligible: Uint8Array;
};
