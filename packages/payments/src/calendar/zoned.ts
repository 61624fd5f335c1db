import { TZDate } from '@date-fns/tz';
import { DAY_MS, HotleadsError } from '@hotleads/core';
import { splitDate, type DateString } from './dateString';

/**
 * The first instant (epoch ms) of calendar date `date` in `timeZone`.
 *
 * @throws HotleadsError `INVALID_TIME` for a date not written `YYYY-MM-DD`; `INVALID_ARGUMENT` for
 *   a zone that is not an IANA time zone.
 * @example startOfLocalDay('2025-04-20', 'America/New_York') // 1745121600000
 */
export function startOfLocalDay(date: DateString, timeZone: string): number {
  const p = splitDate(date);
  if (p === undefined)
    throw new HotleadsError('INVALID_TIME', 'Expected a calendar date written YYYY-MM-DD', { path: ['date'] });
  const ms = typeof timeZone === 'string' ? new TZDate(p[0], p[1] - 1, p[2], timeZone).getTime() : Number.NaN;
  if (Number.isNaN(ms))
    throw new HotleadsError('INVALID_ARGUMENT', 'Expected an IANA time zone such as "America/New_York"', {
      path: ['timeZone'],
    });
  return ms;
}

/** Whole calendar days from `from` to `to` (both `YYYY-MM-DD`), negative when `to` is earlier. */
export function daysBetween(from: DateString, to: DateString): number {
  const a = splitDate(from)!;
  const b = splitDate(to)!;
  return Math.round((Date.UTC(b[0], b[1] - 1, b[2]) - Date.UTC(a[0], a[1] - 1, a[2])) / DAY_MS);
}
