import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { DAY_MS } from '../time/units';

const CACHE_LIMIT = 50_000;

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
const formatCache = /* @__PURE__ */ (() => new Map<string, string>())();

/** Parses `HH:mm` (00:00..24:00) into minutes since midnight. */
export function parseClock(clock: string): number {
  const [h, m] = clock.split(':');
  return Number(h) * 60 + Number(m);
}

/** Formats minutes since midnight as `HH:mm`. */
export function formatClock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
