import { checkAttempt } from '../policy/checkAttempt';
import type { ContactAttempt } from '../policy/types';
import { requireList } from '../validation/requireList';

/** The contact attempts a queue was given, each checked, grouped by account. */
export type TouchesByLead = Map<string, ContactAttempt[]>;

const TOUCHES = /* @__PURE__ */ (() => Object.freeze(['touches']))();
const ATTEMPT = /* @__PURE__ */ (() => Object.freeze(['attempt']))();

/**
 * Checks every attempt of a queue's `touches` option (any list; an absent one is empty), naming
 * its index (`touches[7].at`), and groups them by `leadId` — or only checks them when `group` is
 * false (a queue without a policy counts none). Shared by `rankQueue` and the live queue.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` or `INVALID_TIME` for a list or an attempt that is malformed.
 */
export function groupTouches(touches: Iterable<ContactAttempt> | undefined, group = true): TouchesByLead {
  const byLead: TouchesByLead = new Map();
  const list = requireList<ContactAttempt>(touches === undefined ? [] : touches, TOUCHES);
  for (let i = 0; i < list.length; i++) {
    const touch = list[i]!;
    checkAttempt(touch, TOUCHES, i);
    if (group) addTouch(byLead, touch);
  }
  return byLead;
}

/**
 * Checks one more attempt (paths start at `attempt`) and adds it to its account's list.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` or `INVALID_TIME` for an attempt that is malformed.
 */
export function recordTouch(byLead: TouchesByLead, attempt: ContactAttempt): void {
  checkAttempt(attempt, ATTEMPT);
  addTouch(byLead, attempt);
}

function addTouch(byLead: TouchesByLead, attempt: ContactAttempt): void {
  const list = byLead.get(attempt.leadId);
  if (list === undefined) byLead.set(attempt.leadId, [attempt]);
  else list.push(attempt);
}
