import { HotleadsError, type IssuePath } from '../errors/HotleadsError';
import { unreadable } from '../errors/unreadable';
import { MAX_TIME_MS, MIN_TIME_MS, tryEpochMs } from '../time/toEpochMs';
import type { Lead, LeadEvent } from './types';

/**
 * The one sentence for each problem a lead can have, thrown with code `INVALID_LEAD` by the
 * lead check ({@link checkLead}: scoring, the queues, rules) and by `parseLead` / `leadSchema`.
 * Constant, so hosts can match or translate them.
 */
export const LEAD_MESSAGES = /* @__PURE__ */ (() =>
  Object.freeze({
    lead: 'A lead must be an object',
    id: 'A lead needs a non-empty string id',
    events: 'events must be an array',
    event: 'An event must be an object',
    type: 'An event needs a non-empty string type',
    at: 'An event time must be epoch ms, a Date or an ISO 8601 string with Z or an offset',
    value: 'An event value must be a finite number',
    data: 'Event data must be an object',
  } as const))();

const hasOwn = Object.prototype.hasOwnProperty;

/**
 * The lead itself, without its events: an object (not an array) with a non-empty string `id`,
 * and an own `events` property that, when present, is an array. Returns those events; an
 * inherited `events` is not the lead's and counts as none.
 *
 * @throws HotleadsError `INVALID_LEAD` at the root, `id` or `events`.
 */
export function checkLeadHead(lead: unknown): readonly LeadEvent[] | undefined {
  if (lead === null || typeof lead !== 'object' || Array.isArray(lead))
    throw new HotleadsError('INVALID_LEAD', LEAD_MESSAGES.lead);
  let id: unknown, events: unknown;
  try {
    id = (lead as Lead).id;
    events = hasOwn.call(lead, 'events') ? (lead as Lead).events : undefined;
  } catch (error) {
    throw unreadable(error, 'INVALID_LEAD');
  }
  if (typeof id !== 'string' || id.length === 0)
    throw new HotleadsError('INVALID_LEAD', LEAD_MESSAGES.id, { path: ['id'] });
  if (events === undefined) return undefined;
  if (!Array.isArray(events)) throw new HotleadsError('INVALID_LEAD', LEAD_MESSAGES.events, { path: ['events'] });
  return events as readonly LeadEvent[];
}

/**
 * One event: an object (not an array) with a non-empty string `type` and a valid `at` (epoch ms, a `Date`, or
 * an ISO 8601 string with `Z` or an offset). Returns its time in epoch ms. Allocates nothing
 * unless it throws.
 *
 * @param index the event's index in the lead's `events` (paths read `events[index].at`); omit
 *   for a lone event, whose paths start at `event`.
 * @throws HotleadsError `INVALID_LEAD` at the event, its `type` or its `at`.
 */
export function checkEvent(event: unknown, index?: number): number {
  if (event === null || typeof event !== 'object' || Array.isArray(event))
    throw new HotleadsError('INVALID_LEAD', LEAD_MESSAGES.event, { path: eventPath(index) });
  let type: unknown, at: unknown;
  try {
    ({ type, at } = event as LeadEvent);
  } catch (error) {
    throw unreadable(error, 'INVALID_LEAD', eventPath(index));
  }
  if (typeof type !== 'string' || type.length === 0)
    throw new HotleadsError('INVALID_LEAD', LEAD_MESSAGES.type, { path: eventPath(index, 'type') });
  const ms = typeof at === 'number' && at >= MIN_TIME_MS && at <= MAX_TIME_MS ? at : tryEpochMs(at);
  if (Number.isNaN(ms)) throw new HotleadsError('INVALID_LEAD', LEAD_MESSAGES.at, { path: eventPath(index, 'at') });
  return ms;
}

function eventPath(index: number | undefined, key?: string): IssuePath {
  const base = index === undefined ? ['event'] : ['events', index];
  return key === undefined ? base : [...base, key];
}

/**
 * The cheap check every consumer of leads makes — scoring (`createScorer`, `scoreLead`), the
 * queues (`rankQueue`, `createLiveQueue`) and the rules evaluator and preview: `checkLeadHead`
 * then `checkEvent` for each event. Field values are not checked (an odd value scores 0
 * or fails a condition); `parseLead` is the full check.
 *
 * @throws HotleadsError `INVALID_LEAD` with one of {@link LEAD_MESSAGES} and the path of the
 *   first problem, e.g. `events[2].at`.
 * @example checkLead({ id: 'A-1', events: [{ type: 'portal_visit', at: '2026-11-22T14:10:00Z' }] })
 */
export function checkLead(lead: unknown): asserts lead is Lead {
  const events = checkLeadHead(lead);
  if (events !== undefined) for (let i = 0; i < events.length; i++) checkEvent(events[i], i);
}
