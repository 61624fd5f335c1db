import { TZDate, tzOffset } from '@date-fns/tz';
import { format } from 'date-fns';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
const OFFSET_LIKE = /^[+-]?\d/;
const validZones = new Map<string, boolean>();

/**
 * True when `zone` is an IANA time-zone name the runtime knows (`America/Chicago`, `UTC`).
 * Fixed offsets such as `-05:00` are refused: they ignore daylight-saving time.
 */
export function isIanaTimeZone(zone: unknown): zone is string {
  if (typeof zone !== 'string' || zone.length === 0 || OFFSET_LIKE.test(zone)) return false;
  let known = validZones.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      known = true;
    } catch {
      known = false;
    }
    validZones.set(zone, known);
  }
  return known;
}

/** A moment seen on the wall clock of one time zone. */
export type LocalParts = {
  /** Calendar day number (days since 1970-01-01 of the local date); DST-safe for day arithmetic. */
  day: number;
  /** Minutes since local midnight, 0..1439. */
  minutes: number;
};

const HOUR_MS = 3_600_000;
const CACHE_LIMIT = 50_000;
// zone → hour bucket → offset in minutes, or NaN when the offset changes inside that hour.
const offsetCache = new Map<string, Map<number, number>>();
let cachedOffsets = 0;

/**
 * The zone's UTC offset in minutes at `ms`, from the tz database (`@date-fns/tz`). Cached per
 * UTC hour when the offset is the same at both ends of the hour: zones change offset at most
 * once in months, so a constant hour has one offset throughout. Hours with a change are never
 * cached.
 */
export function zoneOffset(zone: string, ms: number): number {
  const bucket = Math.floor(ms / HOUR_MS);
  let byHour = offsetCache.get(zone);
  if (byHour === undefined) offsetCache.set(zone, (byHour = new Map()));
  const cached = byHour.get(bucket);
  if (cached !== undefined && !Number.isNaN(cached)) return cached;
  if (cached === undefined) {
    if (cachedOffsets >= CACHE_LIMIT) {
      offsetCache.clear();
      cachedOffsets = 0;
      offsetCache.set(zone, (byHour = new Map()));
    }
    const start = tzOffset(zone, new Date(bucket * HOUR_MS));
    const end = tzOffset(zone, new Date(bucket * HOUR_MS + HOUR_MS - 1));
    byHour.set(bucket, start === end ? start : Number.NaN);
    cachedOffsets++;
    if (start === end) return start;
  }
  return tzOffset(zone, new Date(ms));
}

/**
 * The local calendar day and minute of `ms` in `zone`, using the zone's rules at that instant
 * (tz database via `@date-fns/tz`), never a fixed offset.
 */
export function localParts(ms: number, zone: string): LocalParts {
  const wall = ms + zoneOffset(zone, ms) * MINUTE_MS;
  const day = Math.floor(wall / DAY_MS);
  return { day, minutes: Math.floor((wall - day * DAY_MS) / MINUTE_MS) };
}

/** The local calendar day number of `ms` in `zone`. */
export function localDay(ms: number, zone: string): number {
  return localParts(ms, zone).day;
}

/**
 * The instant at which the wall clock of `zone` shows `minutes` past midnight on calendar day
 * `day`. A wall time skipped by a daylight-saving jump resolves to the first valid instant after it.
 */
export function zonedTimeToMs(day: number, minutes: number, zone: string): number {
  const key = `${zone}|${day}|${minutes}`;
  let ms = zonedCache.get(key);
  if (ms === undefined) {
    const civil = new Date(day * DAY_MS);
    ms = new TZDate(
      civil.getUTCFullYear(),
      civil.getUTCMonth(),
      civil.getUTCDate(),
      Math.floor(minutes / 60),
      minutes % 60,
      zone,
    ).getTime();
    if (zonedCache.size >= CACHE_LIMIT) zonedCache.clear();
    zonedCache.set(key, ms);
  }
  return ms;
}
const zonedCache = new Map<string, number>();

/**
 * A short local time for a collector: `Tue 08:00`, or `Tue 17 Mar 08:00` when it is six or
 * more days after `nowMs`.
 */
export function formatLocal(ms: number, zone: string, nowMs: number): string {
  const pattern = ms - nowMs >= 6 * DAY_MS ? 'EEE d MMM HH:mm' : 'EEE HH:mm';
  const key = `${zone}|${ms}|${pattern}`;
  let text = formatCache.get(key);
  if (text === undefined) {
    text = format(new TZDate(ms, zone), pattern);
    if (formatCache.size >= CACHE_LIMIT) formatCache.clear();
    formatCache.set(key, text);
  }
  return text;
}
const formatCache = new Map<string, string>();

/** Parses `HH:mm` (00:00..24:00) into minutes since midnight. */
export function parseClock(clock: string): number {
  const [h, m] = clock.split(':');
  return Number(h) * 60 + Number(m);
}

/** Formats minutes since midnight as `HH:mm`. */
export function formatClock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

export { DAY_MS, MINUTE_MS };
