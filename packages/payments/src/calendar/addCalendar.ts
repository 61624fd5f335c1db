import { addDays, addMonths, addYears } from 'date-fns';
import { TZDate } from '@date-fns/tz';
import { HotleadsError } from '@hotleads/core';
import { readOptions } from '../input/readInput';
import { splitDate, type DateString } from './dateString';

/** What to add to a calendar date in {@link addCalendar}: whole numbers, each at most ±100,000. */
export type CalendarDuration = { years?: number; months?: number; days?: number };

const KEYS = ['years', 'months', 'days'] as const;
const LIMIT = 100_000;

/**
 * Adds years, months and days to a calendar date with date-fns semantics: 2025-04-20 + 1 year =
 * 2026-04-20, 2024-02-29 + 1 year = 2025-02-28. Calendar arithmetic, so no time zone is involved.
 *
 * @throws HotleadsError `INVALID_TIME` for a date not written `YYYY-MM-DD` or a result outside
 *   the years 0000–9999; `INVALID_ARGUMENT` for a duration that is not whole numbers.
 * @example addCalendar('2025-04-20', { years: 1 }) // '2026-04-20'
 */
export function addCalendar(date: DateString, duration: CalendarDuration): DateString {
  const parts = splitDate(date);
  if (parts === undefined)
    throw new HotleadsError('INVALID_TIME', 'Expected a calendar date written YYYY-MM-DD', { path: ['date'] });
  const d = readOptions(duration, KEYS, ['duration']);
  for (const key of KEYS) {
    const n = d[key];
    if (n !== undefined && !(Number.isInteger(n) && Math.abs(n as number) <= LIMIT))
      throw new HotleadsError('INVALID_ARGUMENT', `A duration is whole numbers of at most ${LIMIT}`, {
        path: ['duration', key],
      });
  }
  let t = new TZDate(parts[0], parts[1] - 1, parts[2], 'UTC');
  if (d.years) t = addYears(t, d.years as number);
  if (d.months) t = addMonths(t, d.months as number);
  if (d.days) t = addDays(t, d.days as number);
  const year = t.getFullYear();
  if (!(year >= 0 && year <= 9999))
    throw new HotleadsError('INVALID_TIME', 'The date falls outside the years 0000–9999', { path: ['duration'] });
  return `${String(year).padStart(4, '0')}-${String(t.getMonth() + 1).padStart(2, '0')}-${String(t.getDate()).padStart(2, '0')}`;
}
