import { HotleadsError, isIanaTimeZone, type IssuePath, localDate } from '@hotleads/core';
import { readOptions, readPath } from '../input/readInput';
import { readInstant } from './readInstant';
import { TZDate } from '@date-fns/tz';
import { startOfWeek } from 'date-fns';
import { addCalendar } from './addCalendar';
import { parseDateString, type DateString } from './dateString';
import { startOfLocalDay } from './zoned';

/**
 * A date-range filter: a preset taken in the ledger's time zone relative to its clock
 * (Today, This Week, This Month), or a custom inclusive range of calendar dates.
 */
export type DateRange = { preset: 'today' | 'thisWeek' | 'thisMonth' } | { from: DateString; to: DateString };

/** A resolved range: inclusive calendar dates and the half-open instant interval `[startMs, endMs)`. */
export type ResolvedRange = { from: DateString; to: DateString; startMs: number; endMs: number };

/**
 * Resolves a {@link DateRange} in `timeZone` at the instant `nowMs`. Weeks start on
 * `weekStartsOn` (0 = Sunday, 1 = Monday).
 *
 * @throws HotleadsError `INVALID_TIME` for a custom range missing a bound or with a bad date
 *   (not `YYYY-MM-DD`, or outside the ledger's years), or a `nowMs` outside them;
 *   `INVALID_REQUEST` for `from` after `to` or an unknown preset; `INVALID_ARGUMENT` for a range
 *   that is not an object, a zone that is not an IANA zone, or a `weekStartsOn` other than 0–6.
 */
export function resolveDateRange(
  range: DateRange,
  nowMs: number,
  timeZone: string,
  weekStartsOn: 0 | 1 | 2 | 3 | 4 | 5 | 6,
  path: IssuePath = [],
): ResolvedRange {
  const at = readPath(path);
  const r = readOptions(range, ['preset', 'from', 'to'], at);
  if (typeof nowMs !== 'number')
    throw new HotleadsError('INVALID_TIME', 'Now must be epoch milliseconds', { path: ['nowMs'] });
  readInstant(nowMs, ['nowMs']);
  if (!isIanaTimeZone(timeZone))
    throw new HotleadsError('INVALID_ARGUMENT', 'Expected an IANA time zone such as "America/New_York"', {
      path: ['timeZone'],
    });
  if (!(Number.isInteger(weekStartsOn) && weekStartsOn >= 0 && weekStartsOn <= 6))
    throw new HotleadsError('INVALID_ARGUMENT', 'weekStartsOn is a day from 0 (Sunday) to 6', {
      path: ['weekStartsOn'],
    });
  let from: DateString;
  let to: DateString;
  if (r.preset !== undefined) {
    const today = localDate(nowMs, timeZone);
    if (r.preset === 'today') {
      from = today;
      to = today;
    } else if (r.preset === 'thisWeek') {
      const start = startOfWeek(new TZDate(nowMs, timeZone), { weekStartsOn });
      from = localDate(start.getTime(), timeZone);
      to = addCalendar(from, { days: 6 });
    } else if (r.preset === 'thisMonth') {
      from = `${today.slice(0, 7)}-01`;
      to = addCalendar(addCalendar(from, { months: 1 }), { days: -1 });
    } else {
      throw new HotleadsError('INVALID_REQUEST', 'Unknown date-range preset', { path: [...at, 'preset'] });
    }
  } else {
    from = parseDateString(r.from, [...at, 'from']);
    to = parseDateString(r.to, [...at, 'to']);
    if (from > to) throw new HotleadsError('INVALID_REQUEST', 'From must not be after To', { path: [...at, 'from'] });
  }
  return {
    from,
    to,
    startMs: startOfLocalDay(from, timeZone),
    endMs: startOfLocalDay(addCalendar(to, { days: 1 }), timeZone),
  };
}
