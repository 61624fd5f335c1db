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

/** A payment received on an account. */
export type PaymentRecord = {
  leadId: string;
  /** The collector credited with it, if any. */
  collectorId?: string;
  /** The agency's client the account belongs to. */
  clientId?: string;
  at: Time;
  /** In currency units (`145.5`); summed in cents. */
  amount: number;
};

/** A span a collector was logged in and working, for "per collector hour". */
export type WorkSession = { collectorId: string; start: Time; end: Time };

/** A promise to pay taken from a consumer. */
export type PromiseToPay = {
  id: string;
  leadId: string;
  collectorId?: string;
  amount: number;
  /** Local calendar date in the options' time zone, `YYYY-MM-DD`. */
  dueDate: string;
  /** When the promise was made; only payments from then on count toward it. */
  createdAt: Time;
};

/** The balance placed with the agency on an account (what is owed), for collection rate. */
export type Placement = { leadId: string; clientId?: string; amount: number; at: Time };

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

/** Money formatting for display strings; default en-US, USD. */
export type MoneyFormat = { locale?: string; currency?: string };
