import { DEFAULT_OPT_OUT_INSTRUCTIONS } from './createContactChecker';
import type { ContactPolicy } from './types';

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/**
 * The default US policy (Regulation F, FDCPA): at most 7 call attempts in 7 consecutive days
 * per account; no call for 7 days after a conversation with the consumer (the day of the
 * conversation counts as day 1); calls, texts and emails only 08:00–21:00 in the consumer's
 * local time, in every zone the account could be in; do-not-contact, dispute, bankruptcy and
 * cease-communication flags block every channel. An account with no time zone on file is
 * checked against every US zone (Eastern to Hawaii), which leaves 13:00–21:00 Eastern.
 *
 * Attempts are counted per account (`attemptCounting: 'per-account'`), the stricter reading of
 * 12 CFR 1006.14(b)(2): a call about any debt counts against every debt of the account, so the
 * per-debt presumption is never exceeded whatever the debts a call was about. Use
 * `attemptCounting: 'per-debt'` (with `debtIds` on attempts and checks) to count per debt.
 *
 * Consumer-named inconvenient times, workplaces and inconvenient places, and media opt-outs are
 * read from the account (`inconvenientTimes`, `contactPoints`, `optOuts`) by every policy.
 *
 * Stricter states are added with `states`, e.g. `{ MA: { call: { maxAttempts: { count: 2, days: 7 } } } }`,
 * or from the documented table with `withStatePresets(regFPolicy, ['MA'])`.
 */
export const regFPolicy: ContactPolicy = /* @__PURE__ */ (() =>
  deepFreeze({
    id: 'reg-f',
    name: 'Regulation F (US default)',
    channels: {
      call: {
        maxAttempts: { count: 7, days: 7 },
        quietAfterConversation: { days: 7, channels: ['call'] },
        window: { start: '08:00', end: '21:00' },
      },
      text: { window: { start: '08:00', end: '21:00' } },
      email: { window: { start: '08:00', end: '21:00' } },
    },
    stateField: 'state',
    blockingFlags: [
      { flag: 'do-not-contact', reason: 'Marked do-not-contact — no calls, texts or emails' },
      {
        flag: 'cease-communication',
        reason: 'Consumer asked us to stop communicating — contact only as the law allows',
      },
      { flag: 'dispute', reason: 'Debt is disputed — pause collection until it is verified' },
      { flag: 'bankruptcy', reason: 'Bankruptcy on file — do not contact' },
    ],
    fallbackTimeZones: [
      'America/New_York',
      'America/Chicago',
      'America/Denver',
      'America/Phoenix',
      'America/Los_Angeles',
      'America/Anchorage',
      'Pacific/Honolulu',
    ],
    attemptCounting: 'per-account',
    optOutInstructions: { ...DEFAULT_OPT_OUT_INSTRUCTIONS },
  }))();
