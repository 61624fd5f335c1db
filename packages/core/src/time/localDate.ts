import { HotleadsError } from '../errors/HotleadsError';
import { isIanaTimeZone, zoneOffset } from './timeZone';
import { MAX_TIME_MS, MIN_TIME_MS } from './toEpochMs';
import { DAY_MS, MINUTE_MS } from './units';

const DAY_CACHE_LIMIT = 20_000;
const dates = /* @__PURE__ */ (() => new Map<number, string>())();

/**
 * The calendar date `YYYY-MM-DD` of day number `day` (days since 1970-01-01). Cached: a book
 * spans few days, so bulk conversions reuse the same strings.
 *
 * @example dateOfDay(0) // '1970-01-01'
 */
export function dateOfDay(day: number): string {
  let date = dates.get(day);
  if (date === undefined) {
    date = new Date(day * DAY_MS).toISOString().slice(0, 10);
    if (dates.size >= DAY_CACHE_LIMIT) dates.clear();
    dates.set(day, date);
  }
  return date;
}

// Bulk conversions (a ledger's views, a live queue's promises) ask for nearby instants again
// and again, so answers are cached per zone and 15-minute bucket — but only for a bucket with
// one offset and one date from its first to its last millisecond, where every instant has that
// date. Zones whose offset is not a multiple of 15 minutes (Liberia until 1972, most zones'
// local mean time before 1900) then still answer exactly, just uncached around midnight.
const BUCKET_MS = 15 * MINUTE_MS;
const SPLIT = ''; // a bucket with a date or offset change inside it
const BUCKET_CACHE_LIMIT = 100_000;
const buckets = new Map<string, Map<number, string>>();
let cachedBuckets = 0;

const dateAt = (ms: number, offset: number) => dateOfDay(Math.floor((ms + offset * MINUTE_MS) / DAY_MS));

/**
 * The calendar date (`YYYY-MM-DD`) of the instant `ms` on the wall clock of the IANA zone
 * `timeZone`, by the zone's rules at that instant (tz database via `@date-fns/tz`).
 *
 * @throws HotleadsError `INVALID_TIME` when `ms` is not epoch ms in the years 0000–9999,
 *   `INVALID_ARGUMENT` when `timeZone` is not an IANA zone.
 * @example localDate(Date.UTC(2025, 3, 21, 2), 'America/New_York') // '2025-04-20'
 */
export function localDate(ms: number, timeZone: string): string {
  if (typeof ms !== 'number' || !(ms >= MIN_TIME_MS && ms <= MAX_TIME_MS))
    throw new HotleadsError('INVALID_TIME', 'Expected a valid time', { path: ['ms'] });
  let byBucket = buckets.get(timeZone);
  if (byBucket === undefined) {
    // Checked once per zone: only a zone that passed is ever cached.
    if (!isIanaTimeZone(timeZone))
      throw new HotleadsError('INVALID_ARGUMENT', 'Expected an IANA time zone such as America/Chicago', {
        path: ['timeZone'],
      });
    buckets.set(timeZone, (byBucket = new Map()));
  }
  const bucket = Math.floor(ms / BUCKET_MS);
  const hit = byBucket.get(bucket);
  if (hit !== undefined && hit !== SPLIT) return hit;
  if (hit === undefined) {
    const start = bucket * BUCKET_MS;
    const end = start + BUCKET_MS - 1;
    const offset = zoneOffset(timeZone, start);
    const date = dateAt(start, offset);
    const same = zoneOffset(timeZone, end) === offset && dateAt(end, offset) === date;
    if (cachedBuckets >= BUCKET_CACHE_LIMIT) {
      buckets.clear();
      cachedBuckets = 0;
      buckets.set(timeZone, (byBucket = new Map()));
    }
    byBucket.set(bucket, same ? date : SPLIT);
    cachedBuckets++;
    if (same) return date;
  }
  return dateAt(ms, zoneOffset(timeZone, ms));
}
