import { checkLead, type Lead } from '@hotleads/core';
import { readSafely } from '../input/readSafely';

/**
 * The lead check of the rules (core's `checkLead`: the same one scoring and the queues make),
 * returning the lead's id. A lead whose reading throws is refused like any other bad lead.
 *
 * @throws HotleadsError `INVALID_LEAD` with the path of the problem.
 */
export function readLeadId(lead: unknown): string {
  return readSafely(
    () => {
      checkLead(lead);
      return (lead as Lead).id;
    },
    'INVALID_LEAD',
    [],
  );
}
