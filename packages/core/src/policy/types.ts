import type { Time } from '../time/toEpochMs';

/** A way of reaching a consumer. */
export type ContactChannel = 'call' | 'text' | 'email';

/** Every {@link ContactChannel}, in display order. */
export const CONTACT_CHANNELS: readonly ContactChannel[] = ['call', 'text', 'email'];

/** One attempt to reach a consumer (a "touch"): what the policy counts. */
export type ContactAttempt = {
  /** The account (lead) that was contacted. */
  leadId: string;
  channel: ContactChannel;
  /** When the attempt was made. Attempts after the check's `now` are ignored. */
  at: Time;
  /** `conversation` starts the quiet period after talking to the consumer. */
  outcome?: 'conversation' | 'voicemail' | 'no-answer' | 'other';
};

/** The limits for one channel. Every part is optional; a missing part does not limit. */
export type ChannelRule = {
  /**
   * At most `count` attempts in any `days` consecutive calendar days in the consumer's time zone
   * (today and the `days − 1` days before). Reg F: 7 calls in 7 days.
   */
  maxAttempts?: { count: number; days: number };
  /**
   * No contact on this channel for `days` calendar days after a conversation with the consumer
   * (the day of the conversation is day 1). `channels` says which attempts' conversations count
   * (default: `['call']`).
   */
  quietAfterConversation?: { days: number; channels?: ContactChannel[] };
  /** Allowed local wall-clock hours, `start` inclusive, `end` exclusive (`08:00`–`21:00`). */
  window?: { start: string; end: string };
};

/**
 * A flag on the account (`lead.flags`) that blocks contact, with the words a collector sees.
 * Flags match without case or whitespace: `' Do-Not-Contact '` is `do-not-contact`.
 */
export type BlockingFlag = {
  flag: string;
  /** Shown as the blocked reason, e.g. "Bankruptcy on file — do not contact". */
  reason: string;
  /** Channels it blocks; every channel when absent. */
  channels?: ContactChannel[];
};

/**
 * A contact-compliance policy: per-channel limits, stricter limits per state, and blocking flags.
 * Build one with {@link defineContactPolicy} (validated) or start from {@link regFPolicy}.
 *
 * A lead's time zone is `lead.timeZone` (IANA), or `lead.timeZones` when several are possible
 * (address and phone disagree): then every zone must allow contact. A lead with neither uses
 * `fallbackTimeZones`; without those it is blocked, since calling hours cannot be checked.
 */
export type ContactPolicy = {
  id: string;
  name: string;
  channels: Partial<Record<ContactChannel, ChannelRule>>;
  /** Overrides by state code (`MA`), merged over `channels` part by part. */
  states?: Record<string, Partial<Record<ContactChannel, ChannelRule>>>;
  /** Dotted path of the account's state code; default `state`. */
  stateField?: string;
  /**
   * Flags that block contact. A policy with blocking flags reads `lead.flags` fail-closed: a
   * string counts as one flag, a list holds strings, any other value blocks the account
   * ("flags unreadable"), and so does a flag that is neither blocking nor in `knownFlags`
   * (an unknown spelling such as `do_not_contact`).
   */
  blockingFlags?: BlockingFlag[];
  /** Flags an account may carry that do not block contact (`vip`, `hardship-plan`). */
  knownFlags?: string[];
  /** Zones assumed when an account has none on file (every zone must allow contact). */
  fallbackTimeZones?: string[];
};

/** Whether an account may be contacted now on one channel, and if not, why and when. */
export type ContactCheck = {
  channel: ContactChannel;
  eligible: boolean;
  /** Readable reasons for a collector; empty when eligible. */
  reasons: string[];
  /**
   * When contact becomes allowed (ISO 8601, UTC), given the attempts known now; absent when
   * eligible, or when only a person can clear the block (a flag).
   */
  nextEligibleAt?: string;
};
