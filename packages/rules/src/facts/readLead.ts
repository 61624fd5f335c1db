import { checkLead, unreadable, type Lead } from '@hotleads/core';

/**
 * The lead check of the rules (core's `checkLead`: the same one scoring and the queues make),
 * returning the lead's id. A lead whose reading throws is refused like any other bad lead
 * (core's `unreadable`; the check's own `HotleadsError` passes unchanged). No closure: this runs
 * once per evaluated lead.
 *
 * @throws HotleadsError `INVALID_LEAD` with the path of the problem.
 */
export function readLeadId(lead: unknown): string {
  try {
    checkLead(lead);
    return (lead as Lead).id;
  } catch (error) {
    throw unreadable(error, 'INVALID_LEAD', []);
  }
}
