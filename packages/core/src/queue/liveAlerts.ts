import { defaultAlertSignals } from '../alerts/defaultAlertSignals';
import { detectAlerts, type DetectAlertsOptions } from '../alerts/detectAlerts';
import type { Alert } from '../alerts/types';
import { HotleadsError } from '../errors/HotleadsError';
import type { Lead, LeadEvent } from '../lead/types';
import { bandRank } from '../scoring/bands';
import type { LeadScore } from '../scoring/types';
import { isIanaTimeZone } from '../time/timeZone';
import { requireOptions } from '../validation/requireOptions';

/** The live queue's `alerts` option: `detectAlerts`' options without `now`. */
export type LiveAlertOptions = Omit<DetectAlertsOptions, 'now'>;

/**
 * The live queue's alerts: `detectAlerts` on each change, with the calendar of each account
 * (its own `timeZone`, else the option's), and each promise announced as due once only,
 * whichever change finds it first. Checks the options once.
 */
export class LiveAlerts {
  /** The event type of a promise to pay. */
  readonly promiseType: string;
  readonly locale: string;
  readonly currency: string;
  private readonly options: LiveAlertOptions;
  private readonly signals: object;
  private readonly announced = new Set<string>();
  // One options object per (zone, now), reused across calls.
  private readonly perZone = new Map<string | undefined, DetectAlertsOptions>();

  /** @throws HotleadsError `INVALID_ARGUMENT` for options that are not an object, or a bad `timeZone`. */
  constructor(options: LiveAlertOptions | undefined) {
    const o = options ?? {};
    requireOptions(o, ['alerts']);
    if (o.timeZone !== undefined && !isIanaTimeZone(o.timeZone))
      throw new HotleadsError('INVALID_ARGUMENT', 'Expected an IANA time zone such as America/Chicago', {
        path: ['alerts', 'timeZone'],
      });
    this.options = o;
    this.promiseType = o.promiseType ?? 'promise_to_pay';
    this.locale = o.locale ?? 'en-US';
    this.currency = o.currency ?? 'USD';
    this.signals = o.signals ?? defaultAlertSignals;
  }

  /** The calendar of an account: its own zone when it is a real one (a bad one is the policy's business), else the option's. */
  zoneOf(lead: Lead): string | undefined {
    return isIanaTimeZone(lead.timeZone) ? lead.timeZone : this.options.timeZone;
  }

  /**
   * Whether an event can raise an alert without changing the band upward: a signal or a promise.
   * Most events are neither, and most change no band: then there is nothing to look for.
   */
  mayAlert(event: LeadEvent, before: LeadScore, after: LeadScore): boolean {
    if (before.band !== after.band && bandRank(after.band) > bandRank(before.band)) return true;
    return event.type === this.promiseType || Object.prototype.hasOwnProperty.call(this.signals, event.type);
  }

  /** The alerts of one change to an account (`detectAlerts`), without promises already announced. */
  detect(
    before: LeadScore | undefined,
    after: LeadScore,
    events: readonly LeadEvent[],
    lead: Lead,
    nowMs: number,
  ): Alert[] {
    const found = detectAlerts(before, after, events, this.optionsFor(this.zoneOf(lead), nowMs));
    if (found.length === 0) return found;
    return found.filter((a) => a.kind !== 'promise-due' || this.announce(a.id));
  }

  /** Marks an alert id as announced; false when it already was (de-duplication). */
  announce(id: string): boolean {
    if (this.announced.has(id)) return false;
    this.announced.add(id);
    return true;
  }

  private optionsFor(timeZone: string | undefined, nowMs: number): DetectAlertsOptions {
    let o = this.perZone.get(timeZone);
    if (o === undefined || o.now !== nowMs) {
      o = timeZone === undefined ? { ...this.options, now: nowMs } : { ...this.options, now: nowMs, timeZone };
      this.perZone.set(timeZone, o);
    }
    return o;
  }
}
