import { TZDate } from '@date-fns/tz';
import { splitDate, type DateString } from './dateString';

const DAY_MS = 86_400_000;
/** Milliseconds in one day. */
export { DAY_MS };

// Local dates change at most every 15 minutes in any IANA zone, so a bucket of 15 minutes
// always maps to one local date; caching per bucket makes bulk conversions cheap.
const BUCKET_MS = 900_000;
const caches = new Map<string, Map<number, DateString>>();

/**
 * The calendar date (`YYYY-MM-DD`) of the instant `ms` in the IANA zone `timeZone`.
 *
 * @example localDate(Date.UTC(2025, 3, 21, 2), 'America/New_York') // '2025-04-20'
 */
export function localDate(ms: number, timeZone: string): DateString {
  let cache = caches.get(timeZone);
  if (cache === undefined) {
    cache = new Map();
    caches.set(timeZone, cache);
  }
  const bucket = Math.floor(ms / BUCKET_MS);
  const hit = cache.get(bucket);
  if (hit !== undefined) return hit;
  const d = new TZDate(ms, timeZone);
  const value = `${String(d.getFullYear()).padStart(4, '0')}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  if (cache.size > 100_000) cache.clear();
  cache.set(bucket, value);
  return value;
}

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
