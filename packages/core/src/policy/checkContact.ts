import type { Lead } from '../lead/types';
import { createContactChecker, type ContactCheckOptions } from './createContactChecker';
import {
  CONTACT_CHANNELS,
  type ContactAttempt,
  type ContactChannel,
  type ContactCheck,
  type ContactPolicy,
} from './types';

/**
 * Whether `lead` may be contacted now on one channel (default `call`) under `policy`, with
 * readable reasons and the time it becomes allowed. `attempts` may hold every account's
 * attempts; only this lead's are counted.
 *
 * @throws HotleadsError `INVALID_POLICY` for a malformed policy, `INVALID_TIME` for a bad time.
 * @example
 * checkContact(lead, touches, regFPolicy, { now: '2026-03-10T02:00:00Z' })
 * // { channel: 'call', eligible: false,
 * //   reasons: ['7 call attempts in the last 7 days (limit 7) — next call allowed Tue 08:00 local'],
 * //   nextEligibleAt: '2026-03-10T12:00:00.000Z' }
 */
export function checkContact(
  lead: Lead,
  attempts: readonly ContactAttempt[],
  policy: ContactPolicy,
  options: ContactCheckOptions,
): ContactCheck {
  const own = attempts.filter((a) => a.leadId === lead.id);
  return createContactChecker(policy)(lead, own, options);
}

/** Options for {@link checkAllChannels}. */
export type CheckAllChannelsOptions = Omit<ContactCheckOptions, 'channel'>;

/**
 * {@link checkContact} for every channel at once, e.g. to enable or disable the call / text /
 * email buttons of a queue card and show why.
 */
export function checkAllChannels(
  lead: Lead,
  attempts: readonly ContactAttempt[],
  policy: ContactPolicy,
  options: CheckAllChannelsOptions,
): Record<ContactChannel, ContactCheck> {
  const own = attempts.filter((a) => a.leadId === lead.id);
  const check = createContactChecker(policy);
  const out = {} as Record<ContactChannel, ContactCheck>;
  for (const channel of CONTACT_CHANNELS) out[channel] = check(lead, own, { now: options.now, channel });
  return out;
}
