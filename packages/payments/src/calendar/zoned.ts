import { TZDate } from '@date-fns/tz';
import { DAY_MS } from '@hotleads/core';
import { splitDate, type DateString } from './dateString';

/** The first instant (epoch ms) of calendar date `date` in `timeZone`. */
export function startOfLocalDay(date: DateString, timeZone: string): number {
  const p = splitDate(date);
  if (p === undefined) throw new RangeError('startOfLocalDay needs a YYYY-MM-DD date');
  return new TZDate(p[0], p[1] - 1, p[2], timeZone).getTime();
}

/** Whole calendar days from `from` to `to` (both `YYYY-MM-DD`), negative when `to` is earlier. */
export function daysBetween(from: DateString, to: DateString): number {
  const a = splitDate(from)!;
  const b = splitDate(to)!;
  return Math.round((Date.UTC(b[0], b[1] - 1, b[2]) - Date.UTC(a[0], a[1] - 1, a[2])) / DAY_MS);
}
