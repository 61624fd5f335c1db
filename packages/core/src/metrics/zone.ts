import { HotleadsError, type IssuePath } from '../errors/HotleadsError';
import { isIanaTimeZone } from '../time/timeZone';
import { DAY_MS } from '../time/units';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** @internal Checks an IANA time zone option. */
export function requireZone(zone: unknown, path: IssuePath = ['timeZone']): string {
  if (!isIanaTimeZone(zone))
    throw new HotleadsError('INVALID_ARGUMENT', 'Expected an IANA time zone such as America/Chicago', { path });
  return zone;
}

/** @internal Day number (days since 1970-01-01) of a `YYYY-MM-DD` date. */
export function dayOfDate(date: unknown, path: IssuePath): number {
  const m = typeof date === 'string' ? DATE.exec(date) : null;
  const ms = m === null ? Number.NaN : Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date)
    throw new HotleadsError('INVALID_ARGUMENT', 'Expected a calendar date as YYYY-MM-DD', { path });
  return ms / DAY_MS;
}
