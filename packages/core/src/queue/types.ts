import type { LeadScore } from '../scoring/types';

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
};
