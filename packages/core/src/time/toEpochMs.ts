import { HotleadsError, type IssuePath } from '../errors/HotleadsError';

/**
 * A point in time as hotleads accepts it: epoch milliseconds, a `Date`, or an ISO 8601
 * string with `Z` or an explicit offset (a string without one is refused, since it would be
 * read in the machine's local zone).
 */
export type Time = string | number | Date;

// Date part, 'T' or space, time, then Z or ±hh:mm / ±hhmm / ±hh.
const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|z|[+-]\d{2}(?::?\d{2})?)$/;

/** Returns the epoch milliseconds of `time`, or `NaN` when it is not a valid {@link Time}. */
export function tryEpochMs(time: unknown): number {
  if (typeof time === 'number') return Number.isFinite(time) ? time : Number.NaN;
  if (time instanceof Date) return time.getTime();
  if (typeof time === 'string') return ISO_WITH_ZONE.test(time) ? Date.parse(time) : Number.NaN;
  return Number.NaN;
}

/**
 * Converts a {@link Time} to epoch milliseconds.
 *
 * @throws HotleadsError `INVALID_TIME` for a string without a zone, an unparseable value or
 *   a non-finite number; the error names `path`.
 * @example toEpochMs('2026-01-15T09:30:00Z') // 1768469400000
 */
export function toEpochMs(time: Time, path: IssuePath = []): number {
  const ms = tryEpochMs(time);
  if (Number.isNaN(ms)) {
    const hint = typeof time === 'string' && !ISO_WITH_ZONE.test(time) ? 'an ISO 8601 string with Z or an offset, epoch milliseconds, or a Date' : 'a valid time';
    throw new HotleadsError('INVALID_TIME', `Expected ${hint}`, { path });
  }
  return ms;
}

/** Milliseconds in one hour. */
export const HOUR_MS = 3_600_000;
