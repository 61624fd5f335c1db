import { promiseDueAlert, promiseDueDate } from '../alerts/detectAlerts';
import type { Alert } from '../alerts/types';
import type { Lead, LeadEvent } from '../lead/types';
import type { LeadScore } from '../scoring/types';
import { localDate } from '../time/localDate';
import { tryEpochMs } from '../time/toEpochMs';
import type { LiveAlerts } from './liveAlerts';

/** The event types that pay toward a promise to pay, by default. */
export const DEFAULT_PAYMENT_TYPES: readonly string[] = /* @__PURE__ */ (() =>
  Object.freeze(['payment', 'partial_payment']))();

/** What one account's scan found as the clock moved from `prev` to `next`. */
export type PromiseScan = {
  /** Events dated in (prev, next]: they became visible, and are announced as they would have been on arrival. */
  arrived: LeadEvent[] | undefined;
  /** Promises (their events' times) whose due date ended in (prev, next] without being paid. */
  broken: number[] | undefined;
};

/**
 * The live queue's promise scan of one account when its clock moves from `prev` to `next`
 * (docs/queue-and-compliance.md, "Live queue"): collects the events that became visible; pushes
 * a `promise-due` alert (once per promise, through `alerts`) for each earlier promise to pay
 * that falls due on `next`'s local date; and reports each promise whose due date passed in the
 * move while the payments (`paymentTypes`) made from the promise to the end of its due date do
 * not cover its value (any payment keeps a promise without a value). Dates are local to the
 * account's calendar (`alerts.zoneOf`); without one no promise is due or broken.
 */
export function scanPromises(
  lead: Lead,
  events: readonly LeadEvent[],
  score: LeadScore,
  prev: number,
  next: number,
  alerts: LiveAlerts,
  paymentTypes: ReadonlySet<string>,
  due: Alert[],
): PromiseScan {
  let arrived: LeadEvent[] | undefined;
  let broken: number[] | undefined;
  let today: string | undefined;
  let prevDate: string | undefined;
  let zone: string | undefined | null = null;
  for (const e of events) {
    const at = tryEpochMs(e.at);
    if (at > prev && at <= next) (arrived ??= []).push(e);
    if (at > next || e.type !== alerts.promiseType) continue;
    if (zone === null) zone = alerts.zoneOf(lead);
    if (zone === undefined) continue;
    const date = promiseDueDate(e, zone);
    if (date === undefined) continue;
    today ??= localDate(next, zone);
    if (at <= prev && date === today) {
      // A promise made earlier that falls due today.
      const alert = promiseDueAlert(
        lead.id,
        e.type,
        at,
        typeof e.value === 'number' ? e.value : undefined,
        score,
        alerts.locale,
        alerts.currency,
      );
      if (alerts.announce(alert.id)) due.push(alert);
    } else if (date < today && date >= (prevDate ??= localDate(prev, zone))) {
      if (!kept(e, at, date, events, zone, paymentTypes) && alerts.announce(`promise-broken:${lead.id}:${at}`))
        (broken ??= []).push(at);
    }
  }
  return { arrived, broken };
}

/** Whether the payments from the promise to the end of its due date cover it. */
function kept(
  promise: LeadEvent,
  promisedAt: number,
  dueDate: string,
  events: readonly LeadEvent[],
  zone: string,
  paymentTypes: ReadonlySet<string>,
): boolean {
  const owed = typeof promise.value === 'number' && Number.isFinite(promise.value) ? promise.value : 0;
  let paid = 0;
  let any = false;
  for (const e of events) {
    if (!paymentTypes.has(e.type)) continue;
    const at = tryEpochMs(e.at);
    if (!(at >= promisedAt) || localDate(at, zone) > dueDate) continue;
    any = true;
    if (typeof e.value === 'number' && Number.isFinite(e.value)) paid += e.value;
  }
  return owed > 0 ? paid >= owed : any;
}
