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
  /**
   * The debts the attempt was about, for a policy that counts per debt (`attemptCounting:
   * 'per-debt'`): it counts for each of them. An attempt without `debtIds` counts for every debt.
   */
  debtIds?: string[];
};

/** A day of the week, as the account's consumer names it. */
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/**
 * A time the consumer said is inconvenient (12 CFR 1006.6(b)(1)(i)), on the wall clock of the
 * account's zone(s): `lead.inconvenientTimes`. `start`–`end` (`HH:mm`, end exclusive; default
 * the whole day) on `days` (default every day). "Not before noon on weekdays" is
 * `{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], end: '12:00' }`; "never on Sundays" is `{ days: ['sun'] }`.
 */
export type InconvenientTime = {
  days?: Weekday[];
  start?: string;
  end?: string;
  /** The channels it covers; every channel when absent. */
  channels?: ContactChannel[];
};

/**
 * A phone number or email address of the account (`lead.contactPoints`), with what is known
 * about the place it reaches (12 CFR 1006.6(b)(1)(ii)–(iii), 1006.22(f)(3)). A phone reaches
 * calls and texts; an email address reaches emails.
 */
export type ContactPoint = {
  type: 'phone' | 'email';
  /** The number or address; numbers compare by their digits, addresses without case. */
  value: string;
  /** A workplace number or an employer-provided email address. */
  workplace?: boolean;
  /** The consumer's employer forbids contact there (blocks it). */
  employerForbids?: boolean;
  /** The consumer said the place is inconvenient (blocks it). */
  inconvenient?: boolean;
  /** The consumer agreed to emails at this workplace address (1006.22(f)(3)); without it a workplace email is blocked. */
  consented?: boolean;
};

/**
 * A medium the consumer ruled out (12 CFR 1006.14(h)): `lead.optOuts`. Without `to` the whole
 * channel; with it one number or address (this email, this phone for texts).
 */
export type MediumOptOut = {
  channel: ContactChannel;
  to?: string;
  /** When it was recorded; an opt-out recorded after the check's `now` does not count yet. */
  at: Time;
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
  /**
   * How `maxAttempts` and `quietAfterConversation` count (12 CFR 1006.14(b)(2)): `per-account`
   * (default, the stricter: every attempt counts) or `per-debt` (a check with `debtIds` counts
   * only the attempts about those debts; an attempt about several debts counts for each, one
   * without `debtIds` counts for all).
   */
  attemptCounting?: 'per-account' | 'per-debt';
  /**
   * The opt-out instructions an electronic message must carry (12 CFR 1006.6(e)), returned by
   * every text and email check; defaults in `DEFAULT_OPT_OUT_INSTRUCTIONS`.
   */
  optOutInstructions?: { text?: string; email?: string };
};

/** Which rule of a policy (or of the account's own data) blocked a contact. */
export type ContactRuleId =
  | 'flag'
  | 'unreadable'
  | 'time-zone'
  | 'window'
  | 'attempts'
  | 'quiet'
  | 'inconvenient-time'
  | 'place'
  | 'opt-out'
  | 'no-allowed-time';

/** One rule that blocks a contact now: which, the collector-facing reason, and until when. */
export type ContactBlock = {
  rule: ContactRuleId;
  /** The reason as `ContactCheck.reasons` holds it. */
  reason: string;
  /** When this rule stops blocking (ISO 8601, UTC); absent when only a person can clear it. */
  until?: string;
  /** The provision it applies, e.g. `12 CFR 1006.6(b)(1)(i)`; absent for the policy's own rules. */
  provision?: string;
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
  /** Every rule that blocks it now, with the reason and until when; empty when eligible. */
  blocks: ContactBlock[];
  /** For a text or an email: the opt-out instructions the message must carry (the host renders them). */
  optOutInstructions?: string;
  /**
   * The numbers or addresses on file (`lead.contactPoints`) that may be used for this channel,
   * when the account lists any and the check was not for one `to`.
   */
  usable?: string[];
};
