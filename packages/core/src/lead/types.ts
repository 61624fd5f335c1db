import type { Time } from '../time/toEpochMs';

/** Something that happened to a lead or account: a portal visit, an email open, a payment. */
export type LeadEvent = {
  /** Event type, e.g. `portal_visit`, `abandoned_payment`, `quote_request`. */
  type: string;
  /** When it happened. Events after the scoring `now` are ignored. */
  at: Time;
  /** An amount or count carried by the event (e.g. the abandoned payment's amount). */
  value?: number;
  /** Anything else the host wants to keep with the event. */
  data?: Record<string, unknown>;
};

/**
 * A lead (B2B) or consumer account (collections). Only `id` is required; every other field is
 * read by dotted path (`company.size`) from own properties.
 */
export type Lead = {
  id: string;
  events?: LeadEvent[];
  [field: string]: unknown;
};
