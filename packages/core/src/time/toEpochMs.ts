import { HotleadsError, type IssuePath } from '../errors/HotleadsError';

/**
 * A point in time as hotleads accepts it: epoch milliseconds, a `Date`, or an ISO 8601
 * string with `Z` or an explicit offset (a string without one is refused, since it would be
 * read in the machine's local zone). It must fall in the years 0000–9999, the range an ISO 8601
 * string with a four-digit year can write (see {@link MIN_TIME_MS}, {@link MAX_TIME_MS}).
 */
export type Time = string | number | Date;

/** The earliest time hotleads accepts: 0000-01-01T00:00:00.000Z. */
export const MIN_TIME_MS = -62_167_219_200_000;
/** The latest time hotleads accepts: 9999-12-31T23:59:59.999Z. */
export const MAX_TIME_MS = 253_402_300_799_999;

/** `ms` when it is a time hotleads accepts (a number within the years 0000–9999), else `NaN`. */
function inRange(ms: number): number {
  return ms >= MIN_TIME_MS && ms <= MAX_TIME_MS ? ms : Number.NaN;
}

/**
 * The epoch ms of a real `Date`, else `NaN`. A fake one (`Object.create(Date.prototype)`, a
 * Proxy of a Date) and an object whose prototype cannot be read (a hostile Proxy) are not
 * Dates: `Date.prototype.getTime` checks the internal slot and throws on them.
 */
function dateMs(value: object): number {
  try {
    return value instanceof Date ? Date.prototype.getTime.call(value) : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

// Date part, 'T' or space, time, then Z or ±hh:mm / ±hhmm / ±hh.
const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|z|[+-]\d{2}(?::?\d{2})?)$/;

/** Returns the epoch milliseconds of `time`, or `NaN` when it is not a valid {@link Time}. */
export function tryEpochMs(time: unknown): number {
  if (typeof time === 'number') return inRange(time);
  if (typeof time === 'string') {
    const fast = utcIsoMs(time);
    if (!Number.isNaN(fast)) return fast;
    return ISO_WITH_ZONE.test(time) ? inRange(Date.parse(time)) : Number.NaN;
  }
  if (typeof time === 'object' && time !== null) return inRange(dateMs(time));
  return Number.NaN;
}

const digit = (s: string, i: number) => s.charCodeAt(i) - 48;
const two = (s: string, i: number) => digit(s, i) * 10 + digit(s, i + 1);
const DIGITS_20 = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18];
const DIGITS_24 = [...DIGITS_20, 20, 21, 22];

/**
 * The fast path of {@link tryEpochMs} for the common `YYYY-MM-DDTHH:MM:SS[.mmm]Z` form (what
 * `Date#toISOString` and most APIs send): no regex, no `Date.parse`. `NaN` for anything else,
 * and for days past the 28th (left to `Date.parse`, which knows month lengths); a property
 * test proves both paths agree.
 */
function utcIsoMs(t: string): number {
  const long = t.length === 24;
  if ((t.length !== 20 && !long) || t.charCodeAt(t.length - 1) !== 90 /* Z */) return Number.NaN;
  if (t[4] !== '-' || t[7] !== '-' || t[10] !== 'T' || t[13] !== ':' || t[16] !== ':' || (long && t[19] !== '.'))
    return Number.NaN;
  for (const i of long ? DIGITS_24 : DIGITS_20) {
    const c = t.charCodeAt(i);
    if (c < 48 || c > 57) return Number.NaN;
  }
  const year = two(t, 0) * 100 + two(t, 2);
  const month = two(t, 5);
  const day = two(t, 8);
  const hour = two(t, 11);
  const minute = two(t, 14);
  const second = two(t, 17);
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > 28 || hour > 23 || minute > 59 || second > 59)
    return Number.NaN;
  return Date.UTC(year, month - 1, day, hour, minute, second, long ? digit(t, 20) * 100 + two(t, 21) : 0);
}

/** `tryEpochMs` without its fast path: the regex and `Date.parse`. Exported for the agreement test only. */
export function slowEpochMs(time: unknown): number {
  if (typeof time === 'string') return ISO_WITH_ZONE.test(time) ? inRange(Date.parse(time)) : Number.NaN;
  return tryEpochMs(time);
}

/**
 * Converts a {@link Time} to epoch milliseconds.
 *
 * @throws HotleadsError `INVALID_TIME` for a string without a zone, an unparseable value, a
 *   non-finite number, a time outside the years 0000–9999, or something that only looks like a
 *   `Date` (`Object.create(Date.prototype)`, a Proxy of a Date); the error names `path`.
 * @example toEpochMs('2026-01-15T09:30:00Z') // 1768469400000
 */
export function toEpochMs(time: Time, path: IssuePath = []): number {
  const ms = tryEpochMs(time);
  if (Number.isNaN(ms)) {
    const hint =
      typeof time === 'string' && !ISO_WITH_ZONE.test(time)
        ? 'an ISO 8601 string with Z or an offset, epoch milliseconds, or a Date'
        : 'a valid time';
    throw new HotleadsError('INVALID_TIME', `Expected ${hint}`, { path });
  }
  return ms;
}
