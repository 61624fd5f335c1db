import { HotleadsError, type IssuePath } from '../errors/HotleadsError';
import { unreadable } from '../errors/unreadable';
import { checkEvent } from '../lead/checkLead';
import type { LeadEvent } from '../lead/types';
import { BANDS, bandRank } from '../scoring/bands';
import { isIanaTimeZone } from '../time/timeZone';
import { requireList } from '../validation/requireList';
import { requireOptions } from '../validation/requireOptions';
import type { Band, LeadScore } from '../scoring/types';
import { localDate } from '../time/localDate';
import { tryEpochMs, type Time, toEpochMs } from '../time/toEpochMs';
import { formatUnits } from '../money/formatUnits';
import { defaultAlertSignals } from './defaultAlertSignals';
import type { Alert, AlertSeverity, AlertSignal } from './types';

/** Most urgent first. */
const severityRank: Readonly<Record<AlertSeverity, number>> = { urgent: 0, important: 1, notice: 2 };

/** Options for {@link detectAlerts}. */
export type DetectAlertsOptions = {
  /** The moment the change is seen; events after it are not announced yet. */
  now: Time;
  /** Intent signals to announce, by event type; default {@link defaultAlertSignals}. */
  signals?: Readonly<Record<string, AlertSignal>>;
  /** Announce a band change only when the new band is at least this one; default `HIGH`. */
  minBand?: Band;
  /**
   * IANA zone of the consumer's calendar. Needed for `promise-due` alerts (a promise whose
   * `data.dueDate` — `YYYY-MM-DD` — or `data.dueAt` falls on today there); without it none are raised.
   */
  timeZone?: string;
  /** The event type of a promise to pay; default `promise_to_pay`. */
  promiseType?: string;
  /** Money format of `{amount}`; default en-US, USD. */
  locale?: string;
  currency?: string;
};

/** @internal The local due date of a promise-to-pay event, or undefined. */
export function promiseDueDate(event: LeadEvent, zone: string): string | undefined {
  const data = event.data;
  if (data === undefined || data === null) return undefined;
  if (typeof data.dueDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(data.dueDate)) return data.dueDate;
  const dueAt = tryEpochMs(data.dueAt);
  return Number.isNaN(dueAt) ? undefined : localDate(dueAt, zone);
}

const scoreText = (s: LeadScore) => `${Math.floor(s.score)} (${s.band})`;

/**
 * The alerts a change to one account raises, one per event at most: each high-value intent
 * signal among `events` (abandoned payment, portal visit, partial payment, promise to pay), or,
 * for a promise to pay that falls due today, that it is due. The account crossing into a higher
 * band (HIGH or HOT by default; a new account counts as coming from COLD) is told on the alert
 * of the newest event that raised one (`previousBand`, "…, up from 55 (WARM)"), or as a
 * `band-up` alert of its own when no event raised one. Pure and deterministic: same inputs,
 * same alerts, same ids.
 *
 * @param before The account's score before the change, or `undefined` for a new account.
 * @param after The score after it.
 * @param events The events that arrived with the change (only these are announced), checked
 *   as the lead check checks a lead's events.
 * @throws HotleadsError `INVALID_LEAD` for an event the lead check refuses (`events[i].at`),
 *   `INVALID_TIME` for `now`, `INVALID_ARGUMENT` for a score, a list or an option that is malformed.
 * @example
 * detectAlerts(before, after, [{ type: 'abandoned_payment', at: now, value: 240 }], { now })
 * // [{ kind: 'intent-signal', severity: 'urgent', title: 'Abandoned payment', previousBand: 'WARM',
 * //    reason: 'Abandoned a $240.00 payment — now 86 (HOT), up from 55 (WARM)', ... }]
 */
export function detectAlerts(
  before: LeadScore | undefined,
  after: LeadScore,
  events: readonly LeadEvent[],
  options: DetectAlertsOptions,
): Alert[] {
  try {
    return detect(before, after, events, options);
  } catch (error) {
    throw unreadable(error);
  }
}

const SCORE_MESSAGE = 'Expected a lead score: a result of scoreLead or createScorer';
const isBand = (value: unknown): value is Band => (BANDS as readonly unknown[]).includes(value);

/** A score as detectAlerts reads it: a leadId, a number and a band. */
function checkScore(value: unknown, path: IssuePath): asserts value is LeadScore {
  const s = value as LeadScore | null;
  if (
    s === null ||
    typeof s !== 'object' ||
    typeof s.leadId !== 'string' ||
    typeof s.score !== 'number' ||
    !isBand(s.band)
  )
    throw new HotleadsError('INVALID_ARGUMENT', SCORE_MESSAGE, { path });
}

function optionalString(value: unknown, fallback: string, path: IssuePath): string {
  if (value === undefined) return fallback;
  if (typeof value !== 'string') throw new HotleadsError('INVALID_ARGUMENT', 'Expected a string', { path });
  return value;
}

function detect(
  before: LeadScore | undefined,
  after: LeadScore,
  events: readonly LeadEvent[],
  options: DetectAlertsOptions,
): Alert[] {
  if (before !== undefined) checkScore(before, ['before']);
  checkScore(after, ['after']);
  const list = requireList<LeadEvent>(events, ['events']);
  requireOptions(options);
  const nowMs = toEpochMs(options.now, ['now']);
  const signals = options.signals ?? defaultAlertSignals;
  requireOptions(signals, ['signals']);
  const locale = optionalString(options.locale, 'en-US', ['locale']);
  const currency = optionalString(options.currency, 'USD', ['currency']);
  const promiseType = optionalString(options.promiseType, 'promise_to_pay', ['promiseType']);
  const minBand = options.minBand ?? 'HIGH';
  if (!isBand(minBand))
    throw new HotleadsError('INVALID_ARGUMENT', 'Expected a band: COLD, WARM, HIGH or HOT', { path: ['minBand'] });
  const timeZone = options.timeZone;
  if (timeZone !== undefined && !isIanaTimeZone(timeZone))
    throw new HotleadsError('INVALID_ARGUMENT', 'Expected an IANA time zone such as America/Chicago', {
      path: ['timeZone'],
    });
  let today: string | undefined;
  const alerts: Alert[] = [];
  const leadId = after.leadId;

  // One alert per event: a promise due today says more than "promised to pay".
  for (let i = 0; i < list.length; i++) {
    const event = list[i]!;
    const at = checkEvent(event, i);
    if (at > nowMs) continue;
    const amount = typeof event.value === 'number' && Number.isFinite(event.value) ? event.value : undefined;
    const signal = Object.prototype.hasOwnProperty.call(signals, event.type) ? signals[event.type] : undefined;
    if (signal !== undefined && (signal === null || typeof signal !== 'object' || typeof signal.text !== 'string'))
      throw new HotleadsError('INVALID_ARGUMENT', 'An alert signal needs a title, a text and a severity', {
        path: ['signals', event.type],
      });
    if (timeZone !== undefined && event.type === promiseType) {
      const due = promiseDueDate(event, timeZone);
      if (due !== undefined && due === (today ??= localDate(nowMs, timeZone))) {
        alerts.push(promiseDueAlert(leadId, event.type, at, amount, after, locale, currency));
        continue;
      }
    }
    if (signal === undefined) continue;
    const text =
      amount === undefined
        ? signal.text.replace(' {amount}', '').replace('{amount}', '')
        : signal.text.replace('{amount}', formatUnits(amount, currency, locale));
    const alert: Alert = {
      id: `intent-signal:${leadId}:${at}:${event.type}`,
      kind: 'intent-signal',
      severity: signal.severity,
      leadId,
      at: new Date(at).toISOString(),
      title: signal.title,
      reason: `${text} — now ${scoreText(after)}`,
      score: after.score,
      band: after.band,
      eventType: event.type,
    };
    if (amount !== undefined) alert.amount = amount;
    alerts.push(alert);
  }

  const from: Band = before === undefined ? 'COLD' : before.band;
  const rank = bandRank(after.band);
  if (rank > bandRank(from) && rank >= bandRank(minBand)) {
    const severity: AlertSeverity = after.band === 'HOT' ? 'important' : 'notice';
    const lifted = alerts[alerts.length - 1];
    if (lifted !== undefined) {
      // The newest event lifted the band: its alert says so, rather than a second alert.
      lifted.previousBand = from;
      const rankOf = (s: AlertSeverity) => (Object.hasOwn(severityRank, s) ? severityRank[s] : 3);
      if (rankOf(severity) < rankOf(lifted.severity)) lifted.severity = severity;
      if (before !== undefined)
        lifted.reason += `, up from ${before.score < 1 ? 'no recent activity' : scoreText(before)}`;
    } else
      alerts.push({
        id: `band-up:${leadId}:${nowMs}:${after.band}`,
        kind: 'band-up',
        severity,
        leadId,
        at: new Date(nowMs).toISOString(),
        title: `Now ${after.band}`,
        reason:
          before === undefined
            ? `New account at ${scoreText(after)}`
            : before.score < 1
              ? `Rose from no recent activity to ${scoreText(after)}`
              : `Rose from ${scoreText(before)} to ${scoreText(after)}`,
        score: after.score,
        band: after.band,
        previousBand: from,
      });
  }
  return alerts;
}

/** @internal The alert for a promise to pay due today. */
export function promiseDueAlert(
  leadId: string,
  eventType: string,
  promisedAt: number,
  amount: number | undefined,
  score: LeadScore,
  locale: string,
  currency: string,
): Alert {
  const alert: Alert = {
    id: `promise-due:${leadId}:${promisedAt}`,
    kind: 'promise-due',
    severity: 'important',
    leadId,
    at: new Date(promisedAt).toISOString(),
    title: 'Promise due today',
    reason:
      amount === undefined
        ? `Promised payment is due today — ${scoreText(score)}`
        : `Promised ${formatUnits(amount, currency, locale)} is due today — ${scoreText(score)}`,
    score: score.score,
    band: score.band,
    eventType,
  };
  if (amount !== undefined) alert.amount = amount;
  return alert;
}
