import { HotleadsError, tryEpochMs, type Lead } from '@hotleads/core';

/**
 * The cheap check the evaluator does on a lead (docs/rules.md: leads are on the hot path): an object
 * with a non-empty string `id`, and `events`, when present, an array of `{ type: string, at }`
 * with parseable times. Field values are not checked; odd values simply fail conditions.
 *
 * @throws HotleadsError `INVALID_LEAD` with the path of the problem.
 */
export function checkLead(lead: unknown): asserts lead is Lead {
  if (lead === null || typeof lead !== 'object' || Array.isArray(lead))
    throw new HotleadsError('INVALID_LEAD', 'A lead must be an object');
  const l = lead as Record<string, unknown>;
  if (typeof l.id !== 'string' || l.id === '')
    throw new HotleadsError('INVALID_LEAD', 'A lead needs a non-empty string id', { path: ['id'] });
  if (!Object.prototype.hasOwnProperty.call(l, 'events') || l.events === undefined) return;
  const events = l.events;
  if (!Array.isArray(events)) throw new HotleadsError('INVALID_LEAD', 'events must be an array', { path: ['events'] });
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as Record<string, unknown> | null;
    if (e === null || typeof e !== 'object')
      throw new HotleadsError('INVALID_LEAD', 'An event must be an object', { path: ['events', i] });
    if (typeof e.type !== 'string')
      throw new HotleadsError('INVALID_LEAD', 'An event needs a string type', { path: ['events', i, 'type'] });
    if (Number.isNaN(tryEpochMs(e.at)))
      throw new HotleadsError(
        'INVALID_LEAD',
        'An event time must be epoch ms, a Date or an ISO 8601 string with a zone',
        { path: ['events', i, 'at'] },
      );
  }
}
