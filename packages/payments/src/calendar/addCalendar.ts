import { addDays, addMonths, addYears } from 'date-fns';
import { TZDate } from '@date-fns/tz';
import { splitDate, type DateString } from './dateString';

/** What to add to a calendar date in {@link addCalendar}. */
export type CalendarDuration = { years?: number; months?: number; days?: number };

/**
 * Adds years, months and days to a calendar date with date-fns semantics: 2025-04-20 + 1 year =
 * 2026-04-20, 2024-02-29 + 1 year = 2025-02-28. Calendar arithmetic, so no time zone is involved.
 *
 * @example addCalendar('2025-04-20', { years: 1 }) // '2026-04-20'
 */
export function addCalendar(date: DateString, duration: CalendarDuration): DateString {
  const parts = splitDate(date);
  if (parts === undefined) throw new RangeError('addCalendar needs a YYYY-MM-DD date');
  let d = new TZDate(parts[0], parts[1] - 1, parts[2], 'UTC');
  if (duration.years) d = addYears(d, duration.years);
  if (duration.months) d = addMonths(d, duration.months);
  if (duration.days) d = addDays(d, duration.days);
  return `${String(d.getFullYear()).padStart(4, '0')}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
