import type { LeadScore } from '../scoring/types';
import type { ContactSlot } from '../policy/recommendContact';

/** One account of a ranked work queue. */
export type QueueEntry = LeadScore & {
  /** 1-based position among eligible accounts; blocked accounts follow, ranked the same way. */
  rank: number;
  /** Whether the account may be contacted now (always true without a policy). */
  eligible: boolean;
  /** Why it may not be contacted now, worded for a collector. */
  blockedReasons: string[];
  /** ISO time when it becomes eligible again, when known. */
  nextEligibleAt?: string;
  /**
   * With the queue's `recommend` option: the best lawful time and channel to reach the account
   * (`recommendContact`), computed when first read.
   */
  recommendation?: QueueRecommendation;
};

/** The top recommendation a queue entry carries: the best slot, and the line a card shows. */
export type QueueRecommendation = {
  /** The best lawful slot within the horizon; absent when there is none. */
  best?: ContactSlot;
  /** "Best: call today 18:00–19:00", or why there is none. */
  text: string;
};
