import type { Currency } from '../money/currency';
import type { ContactChannel } from '../policy/types';
import type { Time } from '../time/toEpochMs';

/** One contact attempt or conversation logged by a collector. */
export type ActivityRecord = {
  collectorId: string;
  leadId: string;
  at: Time;
  channel?: ContactChannel;
  /** `right-party-contact`: the collector reached the consumer who owes the debt. */
  outcome?: 'right-party-contact' | 'wrong-party' | 'no-answer' | 'voicemail' | 'other';
};

/** A payment received on an account, as the metrics read it. */
export type ReceivedPayment = {
  leadId: string;
  /** The collector credited with it, if any. */
  collectorId?: string;
  /** The agency's client the account belongs to. */
  clientId?: string;
  at: Time;
  /** Integer minor units of the metric's currency (`14550` is $145.50). */
  amount: number;
};

/** A span a collector was logged in and working, for "per collector hour". */
export type WorkSession = { collectorId: string; start: Time; end: Time };

/** A promise to pay taken from a consumer. */
export type PromiseToPay = {
  id: string;
  leadId: string;
  collectorId?: string;
  /** Integer minor units. */
  amount: number;
  /** Local calendar date in the options' time zone, `YYYY-MM-DD`. */
  dueDate: string;
  /** When the promise was made; only payments from then on count toward it. */
  createdAt: Time;
};

/** The balance placed with the agency on an account (what is owed), for collection rate. */
export type Placement = {
  leadId: string;
  clientId?: string;
  /** Integer minor units. */
  amount: number;
  at: Time;
};

/** A worked account: the queue position it had when the collector opened it. */
export type WorkedAccount = {
  collectorId: string;
  leadId: string;
  at: Time;
  /** 1-based rank among eligible accounts when worked; absent when it was not in the queue shown. */
  queueRank?: number;
  /** Whether the policy allowed contact then. Queue adherence counts only eligible accounts. */
  eligible: boolean;
};

/** A collector as metrics show them. */
export type Collector = { id: string; name: string; teamId?: string };

/** A team of collectors. */
export type Team = { id: string; name: string };

/** A period `[from, to)`. */
export type Period = { from: Time; to: Time };

/**
 * The currency of a metric's amounts and the locale of its display strings; default en-US, USD.
 * Amounts are integer minor units of `currency`, so `{ currency: JPY }` reads `1235` as ¥1,235.
 */
export type MoneyFormat = { locale?: string; currency?: Currency };
