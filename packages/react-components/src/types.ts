import type { ContactChannel, ContactCheck, Currency, QueueEntry } from '@hotleads/core';

/**
 * One row of a ranked work queue: core's `QueueEntry` (from `rankQueue` or the live queue) —
 * the lead's score with explanations, its rank, and whether the contact policy lets a collector
 * reach the account now.
 */
export type QueueEntryLike = QueueEntry;

/** What a card shows about the account itself (host data, not computed here). */
export type QueueAccount = {
  /** The lead id (`QueueEntry.leadId`). */
  id: string;
  /** Consumer or company name. */
  name: string;
  /** Account number shown to the collector. */
  accountNumber?: string;
  /** Current balance as the host/ledger stores it (number or decimal string). */
  balance?: number | string;
  /** Currency of the balance, core's `{ code, minorUnit }` (default USD). */
  currency?: Currency;
  /** The consumer's IANA time zone, used to show when the account becomes contactable. */
  timeZone?: string;
};

export type { ContactChannel };

/**
 * Whether the contact policy allows one channel now, and why not — core's `ContactCheck`
 * (`checkContact` / `checkAllChannels`), so their results pass straight through.
 */
export type ChannelStatus = Pick<ContactCheck, 'eligible' | 'reasons' | 'nextEligibleAt'>;

/** Host callbacks for the quick actions; each receives the lead id. */
export type ContactHandlers = {
  /** Called with the lead id when the collector presses Call. */
  onCall?: (leadId: string) => void;
  /** Called with the lead id when the collector presses Text. */
  onText?: (leadId: string) => void;
  /** Called with the lead id when the collector presses Email. */
  onEmail?: (leadId: string) => void;
};
