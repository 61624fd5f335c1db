import { HotleadsError, type IssuePath } from '@hotleads/core';
import { FIRST_YEAR, LAST_YEAR } from './readInstant';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date `YYYY-MM-DD` (no time, no zone: it is read in the ledger's time zone). */
export type DateString = string;

/** Splits a valid `YYYY-MM-DD` into numbers, or returns `undefined` for anything else (incl. 2025-02-30). */
export function splitDate(value: unknown): [number, number, number] | undefined {
  if (typeof value !== 'string') return undefined;
  const m = DATE.exec(value);
  if (m === null) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return undefined;
  const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= last ? [y, mo, d] : undefined;
}

/** True when `value` is a real calendar date written `YYYY-MM-DD`. */
export function isDateString(value: unknown): value is DateString {
  return splitDate(value) !== undefined;
}

/**
 * Checks a `YYYY-MM-DD` date the ledger can hold (a real date from the year `FIRST_YEAR` to
 * `LAST_YEAR`, 1000 to 8999) and returns it. Every calendar date a ledger call takes goes
 * through it, so a bad one is `INVALID_TIME` everywhere.
 * @throws HotleadsError `INVALID_TIME` naming `path`.
 */
export function parseDateString(value: unknown, path: IssuePath = []): DateString {
  const parts = splitDate(value);
  if (parts === undefined)
    throw new HotleadsError('INVALID_TIME', 'Expected a calendar date written YYYY-MM-DD', { path });
  if (parts[0] < FIRST_YEAR || parts[0] > LAST_YEAR)
    throw new HotleadsError('INVALID_TIME', `A date must fall in the years ${FIRST_YEAR} to ${LAST_YEAR}`, { path });
  return value as DateString;
}

/** Writes a UTC-midnight `Date`'s calendar date as `YYYY-MM-DD`. */
export function utcDateString(date: Date): DateString {
  return date.toISOString().slice(0, 10);
}
