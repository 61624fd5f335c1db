// Time-zone math on the tz database (`@date-fns/tz`): which names are zones, a zone's offset
// at an instant, and the calendar day and minute an instant shows on a zone's wall clock. The
// one place hotleads answers these; contact windows, metrics, alerts and the payments ledger use it.
import { TZDate, tzOffset } from '@date-fns/tz';
import { DAY_MS, HOUR_MS, MINUTE_MS } from './units';

const OFFSET_LIKE = /^[+-]?\d/;
// Answers per name, valid or not; bounded, since names may come from account data.
const ZONE_CACHE_LIMIT = 1024;
const knownZones = /* @__PURE__ */ (() => new Map<string, boolean>())();

/**
 * True when `zone` is an IANA time-zone name the runtime knows (`America/Chicago`, `UTC`).
 * Fixed offsets such as `-05:00` are refused: they ignore daylight-saving time.
 *
 * @example isIanaTimeZone('America/Chicago') // true
 * @example isIanaTimeZone('-05:00') // false
 */
export function isIanaTimeZone(zone: unknown): zone is string {
  if (typeof zone !== 'string' || zone.length === 0 || OFFSET_LIKE.test(zone)) return false;
  let known = knownZones.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      known = true;
    } catch {
      known = false;
    }
    if (knownZones.size >= ZONE_CACHE_LIMIT) knownZones.clear();
    knownZones.set(zone, known);
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
  const wall = wallMs(ms, zone);
  const day = Math.floor(wall / DAY_MS);
  return { day, minutes: Math.floor((wall - day * DAY_MS) / MINUTE_MS) };
}

/** The local calendar day number (days since 1970-01-01) of `ms` in `zone`; `localParts(ms, zone).day`. */
export function localDay(ms: number, zone: string): number {
  return Math.floor(wallMs(ms, zone) / DAY_MS);
}

/** `ms` moved by the zone's offset: the wall-clock time read as if it were UTC. */
const wallMs = (ms: number, zone: string) => ms + zoneOffset(zone, ms) * MINUTE_MS;

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
const zonedCache = /* @__PURE__ */ (() => new Map<string, number>())();
