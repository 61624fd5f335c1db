import { parseWithSchema } from '../validation/parseWithSchema';
import { leadSchema } from './schema';
import type { Lead } from './types';

/**
 * Fully validates a lead from outside (an `id`, well-formed events with zoned times) and
 * returns it typed. Scoring does only a cheap check; call this where input is untrusted.
 *
 * @throws HotleadsError `INVALID_LEAD` naming the path of the first problem.
 */
export function parseLead(input: unknown): Lead {
  return parseWithSchema(leadSchema, input, 'INVALID_LEAD', 'lead') as Lead;
}
