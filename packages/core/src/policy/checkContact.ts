import { unreadable } from '../errors/unreadable';
import { checkLeadHead } from '../lead/checkLead';
import type { Lead } from '../lead/types';
import { requireList } from '../validation/requireList';
import { requireOptions } from '../validation/requireOptions';
import { checkAttempt } from './checkAttempt';
import { createContactChecker, type ContactCheckOptions } from './createContactChecker';
import {
  CONTACT_CHANNELS,
  type ContactAttempt,
  type ContactChannel,
  type ContactCheck,
  type ContactPolicy,
} from './types';

const ATTEMPTS = /* @__PURE__ */ (() => Object.freeze(['attempts']))();

/** Checks every attempt (naming its index in `attempts`) and keeps those of `leadId`. */
function attemptsOf(leadId: string, attempts: unknown): ContactAttempt[] {
  const list = requireList<ContactAttempt>(attempts, ATTEMPTS);
  const own: ContactAttempt[] = [];
  for (let i = 0; i < list.length; i++) {
    const a = list[i]!;
    checkAttempt(a, ATTEMPTS, i);
    if (a.leadId === leadId) own.push(a);
  }
  return own;
}

/**
 * Whether `lead` may be contacted now on one channel (default `call`) under `policy`, with
 * readable reasons and the time it becomes allowed. `attempts` may hold every account's
 * attempts (any iterable: an array, a Set, a generator); only this lead's are counted, and
 * every one is checked.
 *
 * Fail-closed (docs/queue-and-compliance.md, "Guarantees"): an unknown `channel`, attempts that
 * are not iterable, or an attempt with an unknown channel, a missing or unparseable `at` or an
 * unknown outcome throw a `HotleadsError` naming it; compliance data of the account that cannot
 * be read (flags of a wrong type, an unknown flag spelling, a time zone or state of a wrong
 * type) blocks it, with a reason naming the field.
 *
 * @throws HotleadsError `INVALID_POLICY` for a malformed policy, `INVALID_LEAD` for a lead
 *   without an id, `INVALID_TIME` for a bad time, `INVALID_ARGUMENT` for the rest.
 * @example
 * checkContact(lead, touches, regFPolicy, { now: '2026-03-10T02:00:00Z' })
 * // { channel: 'call', eligible: false,
 * //   reasons: ['7 call attempts in the last 7 days (limit 7) — next call allowed Tue 08:00 local'],
 * //   nextEligibleAt: '2026-03-10T12:00:00.000Z' }
 */
export function checkContact(
  lead: Lead,
  attempts: Iterable<ContactAttempt>,
  policy: ContactPolicy,
  options: ContactCheckOptions,
): ContactCheck {
  try {
    const check = createContactChecker(policy);
    checkLeadHead(lead);
    return check(lead, attemptsOf(lead.id, attempts), options);
  } catch (error) {
    throw unreadable(error);
  }
}

/** Options for {@link checkAllChannels}. */
export type CheckAllChannelsOptions = Omit<ContactCheckOptions, 'channel'>;

/**
 * {@link checkContact} for every channel at once, e.g. to enable or disable the call / text /
 * email buttons of a queue card and show why.
 *
 * @throws HotleadsError as {@link checkContact} does.
 */
export function checkAllChannels(
  lead: Lead,
  attempts: Iterable<ContactAttempt>,
  policy: ContactPolicy,
  options: CheckAllChannelsOptions,
): Record<ContactChannel, ContactCheck> {
  try {
    const check = createContactChecker(policy);
    checkLeadHead(lead);
    const own = attemptsOf(lead.id, attempts);
    requireOptions(options);
    const now = options.now;
    const out = {} as Record<ContactChannel, ContactCheck>;
    for (const channel of CONTACT_CHANNELS) out[channel] = check(lead, own, { now, channel });
    return out;
  } catch (error) {
    throw unreadable(error);
  }
}
