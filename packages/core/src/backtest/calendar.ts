import { HotleadsError } from '../errors/HotleadsError';
import { dateOfDay } from '../time/localDate';
import { localDay, zonedTimeToMs } from '../time/timeZone';
import { HOUR_MS, MINUTE_MS } from '../time/units';

/** @internal The working calendar of a backtest: its days, shifts and period, in the agency's zone. */
export type BacktestCalendar = {
  timeZone: string;
  /** Local day number of the first day. */
  firstDay: number;
  days: number;
  /** Minutes after local midnight the shift starts. */
  shiftStart: number;
  shiftHours: number;
  /** Period `[from, to)`: local midnight of the first day to local midnight after the last. */
  from: number;
  to: number;
};

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** @internal Builds the calendar; throws `INVALID_ARGUMENT` naming the option. */
export function backtestCalendar(
  start: unknown,
  days: unknown,
  timeZone: string,
  shift: { start?: unknown; hours?: unknown } | undefined,
): BacktestCalendar {
  const m = typeof start === 'string' ? DATE.exec(start) : null;
  const startMs = m === null ? Number.NaN : Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (m === null || !Number.isFinite(startMs) || new Date(startMs).toISOString().slice(0, 10) !== start)
    throw new HotleadsError('INVALID_ARGUMENT', 'Expected a calendar date YYYY-MM-DD', { path: ['start'] });
  if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > 366)
    throw new HotleadsError('INVALID_ARGUMENT', 'Expected a whole number of days from 1 to 366', { path: ['days'] });
  const clock = CLOCK.exec(typeof shift?.start === 'string' ? shift.start : shift?.start === undefined ? '09:00' : '');
  if (clock === null)
    throw new HotleadsError('INVALID_ARGUMENT', 'Expected a local time HH:MM', { path: ['shift', 'start'] });
  const shiftStart = Number(clock[1]) * 60 + Number(clock[2]);
  const hours = shift?.hours ?? 8;
  if (typeof hours !== 'number' || !(hours > 0) || shiftStart + hours * 60 > 24 * 60)
    throw new HotleadsError('INVALID_ARGUMENT', 'Expected shift hours above 0 that end by midnight', {
      path: ['shift', 'hours'],
    });
  const firstDay = Math.round(startMs / (24 * HOUR_MS));
  return {
    timeZone,
    firstDay,
    days,
    shiftStart,
    shiftHours: hours,
    from: zonedTimeToMs(firstDay, 0, timeZone),
    to: zonedTimeToMs(firstDay + days, 0, timeZone),
  };
}

/** @internal The shift's start on the calendar's `d`-th day (0-based). */
export function shiftStartOn(cal: BacktestCalendar, d: number): number {
  return zonedTimeToMs(cal.firstDay + d, cal.shiftStart, cal.timeZone);
}

/** @internal The 0-based calendar day of instant `t` (may fall outside 0…days − 1). */
export function dayIndex(cal: BacktestCalendar, t: number): number {
  return localDay(t, cal.timeZone) - cal.firstDay;
}

/** @internal The local date `YYYY-MM-DD` of the calendar's `d`-th day. */
export function dateOn(cal: BacktestCalendar, d: number): string {
  return dateOfDay(cal.firstDay + d);
}

/** @internal One attempt's length in ms at `attemptsPerHour`. */
export const attemptMs = (attemptsPerHour: number): number => (60 / attemptsPerHour) * MINUTE_MS;
