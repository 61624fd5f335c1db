import { HotleadsError, type IssuePath, localDate } from '@hotleads/core';
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
 *   (not `YYYY-MM-DD`, or outside the ledger's years); `INVALID_REQUEST` for `from` after `to`.
 */
export function resolveDateRange(
  range: DateRange,
  nowMs: number,
  timeZone: string,
  weekStartsOn: 0 | 1 | 2 | 3 | 4 | 5 | 6,
  path: IssuePath = [],
): ResolvedRange {
  let from: DateString;
  let to: DateString;
  if ('preset' in range) {
    const today = localDate(nowMs, timeZone);
    if (range.preset === 'today') {
      from = today;
      to = today;
    } else if (range.preset === 'thisWeek') {
      const start = startOfWeek(new TZDate(nowMs, timeZone), { weekStartsOn });
      from = localDate(start.getTime(), timeZone);
      to = addCalendar(from, { days: 6 });
    } else if (range.preset === 'thisMonth') {
      from = `${today.slice(0, 7)}-01`;
      to = addCalendar(addCalendar(from, { months: 1 }), { days: -1 });
    } else {
      throw new HotleadsError('INVALID_REQUEST', 'Unknown date-range preset', { path: [...path, 'preset'] });
    }
  } else {
    from = parseDateString(range.from, [...path, 'from']);
    to = parseDateString(range.to, [...path, 'to']);
    if (from > to) throw new HotleadsError('INVALID_REQUEST', 'From must not be after To', { path: [...path, 'from'] });
  }
  return {
    from,
    to,
    startMs: startOfLocalDay(from, timeZone),
    endMs: startOfLocalDay(addCalendar(to, { days: 1 }), timeZone),
  };
}
