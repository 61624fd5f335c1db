import { HotleadsError } from '../errors/HotleadsError';
import { tryEpochMs } from '../time/toEpochMs';
import type { Lead, LeadEvent } from '../lead/types';

/**
 * The cheap check scoring does on a lead: an object with a non-empty string `id` and, when
 * present, an `events` array.
 *
 * @throws HotleadsError `INVALID_LEAD` naming the path.
 */
export function checkLead(lead: unknown): asserts lead is Lead {
  if (lead === null || typeof lead !== 'object') throw new HotleadsError('INVALID_LEAD', 'A lead must be an object');
  const { id, events } = lead as Lead;
  if (typeof id !== 'string' || id.length === 0)
    throw new HotleadsError('INVALID_LEAD', 'A lead needs a non-empty string id', { path: ['id'] });
  if (events !== undefined && !Array.isArray(events))
    throw new HotleadsError('INVALID_LEAD', 'events must be an array', { path: ['events'] });
}

/**
 * The epoch-ms time of the `index`-th event of a lead.
 *
 * @throws HotleadsError `INVALID_LEAD` at `events[index].at` when it is not a valid time.
 */
export function eventTime(event: LeadEvent, index: number): number {
  const at = event !== null && typeof event === 'object' ? event.at : undefined;
  const ms = typeof at === 'number' && Number.isFinite(at) ? at : tryEpochMs(at);
  if (Number.isNaN(ms))
    throw new HotleadsError(
      'INVALID_LEAD',
      'An event needs a valid time (ISO 8601 with Z or an offset, epoch ms, or a Date)',
      { path: ['events', index, 'at'] },
    );
  return ms;
}
