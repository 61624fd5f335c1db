import type { Band } from '../scoring/types';

/** What raised an alert. */
export type AlertKind = 'intent-signal' | 'band-up' | 'promise-due';

/**
 * How urgent an alert is, most urgent first: `urgent` (act now: an abandoned payment),
 * `important` (a strong signal, a rise into HOT, a promise due today), `notice` (worth knowing).
 * Named apart from the score bands, so that "HIGH" means a band only.
 */
export type AlertSeverity = 'urgent' | 'important' | 'notice';

/** A real-time alert for a collector: plain data, ready to show. */
export type Alert = {
  /** Stable id: the same inputs always give the same id (use it to de-duplicate). */
  id: string;
  kind: AlertKind;
  severity: AlertSeverity;
  leadId: string;
  /** When the thing happened (the event's time, or `now` for a band change), ISO 8601 UTC. */
  at: string;
  /** Short headline, e.g. "Abandoned payment". */
  title: string;
  /** The reason in a collector's words, e.g. "Abandoned a $240.00 payment — now 86 (HOT)". */
  reason: string;
  /** The score after the change (unrounded; display rounds down) and its band. */
  score: number;
  band: Band;
  /**
   * The band before, when the account rose into a higher band: on a `band-up` alert, and on the
   * alert of the event that lifted it (one event raises one alert).
   */
  previousBand?: Band;
  /** The event type behind an `intent-signal` or `promise-due` alert. */
  eventType?: string;
  /** The event's amount, when it carried one. */
  amount?: number;
};

/**
 * How one intent signal is announced. `{amount}` in `text` is replaced by the event's value as
 * money, or dropped (with the space before it) when the event carries no value.
 */
export type AlertSignal = { title: string; text: string; severity: AlertSeverity };

/**
 * A lead's score moved into another band (or across a threshold), as a rules trigger context:
 * `@hotleads/rules` fires its `scoreChange` rules on it. The live queue reports one per band
 * change; batch rescoring produces the same shape. Scores are unrounded (display rounds down).
 */
export type ScoreChangeContext = {
  type: 'scoreChange';
  previousScore: number;
  previousBand: Band;
  score: number;
  band: Band;
};
