import { HotleadsError, type IssuePath } from '../errors/HotleadsError';
import { unreadable } from '../errors/unreadable';
import { MAX_TIME_MS, MIN_TIME_MS, tryEpochMs } from '../time/toEpochMs';
import { LIST_MESSAGE } from '../validation/requireList';
import type { ContactAttempt, ContactChannel } from './types';

/**
 * The one sentence for each problem a contact attempt (or the list of them, or a `channel`
 * option) can have. Thrown wherever attempts enter — `checkContact`, `checkAllChannels`, a
 * checker from `createContactChecker`, `rankQueue`, `createLiveQueue` and its `recordAttempt` —
 * with the attempt's index in the path. Constant, so hosts can match or translate them.
 */
export const ATTEMPT_MESSAGES = /* @__PURE__ */ (() =>
  Object.freeze({
    attempts: LIST_MESSAGE,
    attempt: 'A contact attempt must be an object',
    leadId: 'A contact attempt needs a non-empty string leadId',
    channel: 'A contact channel must be one of call, text, email',
    at: 'A contact attempt time must be epoch ms, a Date or an ISO 8601 string with Z or an offset',
    outcome: 'A contact attempt outcome must be one of conversation, voicemail, no-answer, other',
    debtIds: 'debtIds must be a list of non-empty strings',
  } as const))();

/** Whether `value` is a list of non-empty strings (a `debtIds`). */
export function isDebtIds(value: unknown): value is string[] {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) {
    const d: unknown = value[i];
    if (typeof d !== 'string' || d.length === 0) return false;
  }
  return true;
}

/** Whether `value` is one of `CONTACT_CHANNELS` (compared as a value, never looked up as a key). */
export function isContactChannel(value: unknown): value is ContactChannel {
  return value === 'call' || value === 'text' || value === 'email';
}

/**
 * A `channel` option: absent means `call`; anything but one of `CONTACT_CHANNELS`
 * ('Call', 'fax', '', '__proto__') is refused, so a check never answers for a channel it does
 * not know.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` at `path` (default `channel`).
 */
export function checkChannel(channel: unknown, path: IssuePath = ['channel']): ContactChannel {
  if (channel === undefined) return 'call';
  if (!isContactChannel(channel)) throw new HotleadsError('INVALID_ARGUMENT', ATTEMPT_MESSAGES.channel, { path });
  return channel;
}

/** The path of an attempt (or one of its fields), built only when there is an error to report. */
function where(path: IssuePath, index: number | undefined, key?: string): IssuePath {
  const base = index === undefined ? path : [...path, index];
  return key === undefined ? base : [...base, key];
}

function isOutcome(value: unknown): boolean {
  return (
    value === undefined ||
    value === 'conversation' ||
    value === 'voicemail' ||
    value === 'no-answer' ||
    value === 'other'
  );
}

/**
 * One contact attempt: an object with a non-empty string `leadId`, a `channel` of
 * `CONTACT_CHANNELS`, a valid `at` and, when present, a known `outcome` and `debtIds` that are
 * a list of non-empty strings. Returns its time in
 * epoch ms. Allocates nothing unless it throws, so it can run on every attempt of a book.
 *
 * @param path where the attempt (or, with `index`, its list) is, e.g. `['attempt']` or `['touches']`.
 * @param index the attempt's index in that list: the path reads `touches[7].at`.
 * @throws HotleadsError `INVALID_ARGUMENT` at the attempt, its `leadId`, `channel` or
 *   `outcome` or `debtIds`, `INVALID_TIME` at its `at`, each with one of {@link ATTEMPT_MESSAGES}.
 */
export function checkAttempt(attempt: unknown, path: IssuePath, index?: number): number {
  if (attempt === null || typeof attempt !== 'object' || Array.isArray(attempt))
    throw new HotleadsError('INVALID_ARGUMENT', ATTEMPT_MESSAGES.attempt, { path: where(path, index) });
  let leadId: unknown, channel: unknown, time: unknown, outcome: unknown, debtIds: unknown;
  try {
    ({ leadId, channel, at: time, outcome, debtIds } = attempt as ContactAttempt);
  } catch (error) {
    throw unreadable(error, 'INVALID_ARGUMENT', where(path, index));
  }
  if (typeof leadId !== 'string' || leadId.length === 0)
    throw new HotleadsError('INVALID_ARGUMENT', ATTEMPT_MESSAGES.leadId, { path: where(path, index, 'leadId') });
  if (!isContactChannel(channel))
    throw new HotleadsError('INVALID_ARGUMENT', ATTEMPT_MESSAGES.channel, { path: where(path, index, 'channel') });
  const ms = typeof time === 'number' && time >= MIN_TIME_MS && time <= MAX_TIME_MS ? time : tryEpochMs(time);
  if (Number.isNaN(ms))
    throw new HotleadsError('INVALID_TIME', ATTEMPT_MESSAGES.at, { path: where(path, index, 'at') });
  if (!isOutcome(outcome))
    throw new HotleadsError('INVALID_ARGUMENT', ATTEMPT_MESSAGES.outcome, { path: where(path, index, 'outcome') });
  if (debtIds !== undefined && !isDebtIds(debtIds))
    throw new HotleadsError('INVALID_ARGUMENT', ATTEMPT_MESSAGES.debtIds, { path: where(path, index, 'debtIds') });
  return ms;
}
