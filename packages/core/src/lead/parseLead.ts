import { parseWithSchema } from '../validation/parseWithSchema';
import { checkLead } from './checkLead';
import { leadSchema } from './schema';
import type { Lead } from './types';

/**
 * Fully validates a lead from outside and returns a typed copy: the lead check every consumer
 * makes ({@link checkLead}: an `id`, events with a type and a zoned time), then the rest of
 * `leadSchema` (finite event values, object `data`). Call this where input is untrusted.
 *
 * @throws HotleadsError `INVALID_LEAD` with one of `LEAD_MESSAGES` and the path of the first
 *   problem, e.g. `events[0].value`.
 * @example parseLead({ id: 'A-1', events: [{ type: 'portal_visit', at: '2026-11-22T14:10:00Z' }] })
 */
export function parseLead(input: unknown): Lead {
  checkLead(input);
  return parseWithSchema(leadSchema, input, 'INVALID_LEAD') as Lead;
}
