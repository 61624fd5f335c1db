import { HotleadsError } from '../errors/HotleadsError';
import { safeString } from '../errors/safeString';
import { tryEpochMs } from '../time/toEpochMs';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../time/units';

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

const UNITS = ['minute', 'hour', 'day'] as const;
const UNIT_MS = [MINUTE_MS, HOUR_MS, DAY_MS] as const;

/** Counts below this have their words kept once worded: an explanation names the same few durations over and over. */
const KEPT_COUNTS = 1024;
const keptDurations: string[][] = [[], [], []];
const keptAgos: string[][] = [[], [], []];

/** The unit a duration is worded in: 0 minutes (under an hour), 1 hours (under a day), 2 days. */
function unitOf(ms: number): 0 | 1 | 2 {
  return ms < HOUR_MS ? 0 : ms < DAY_MS ? 1 : 2;
}

/** How many whole units of `unit` (at least one minute). */
function countOf(ms: number, unit: 0 | 1 | 2): number {
  const n = Math.floor(ms / UNIT_MS[unit]);
  return unit === 0 ? Math.max(1, n) : n;
}

/** The words of `n` units, with `suffix` ("" or " ago"), from `kept` when `n` is a small count. */
function wordsOf(n: number, unit: 0 | 1 | 2, suffix: string, kept: string[][]): string {
  if (!(n >= 0 && n < KEPT_COUNTS)) return plural(n, UNITS[unit]) + suffix;
  const words = kept[unit]!;
  return (words[n] ??= plural(n, UNITS[unit]) + suffix);
}

function checkDuration(ms: number): void {
  if (typeof ms !== 'number' || !Number.isFinite(ms))
    throw new HotleadsError('INVALID_ARGUMENT', 'Expected a duration: a finite number of milliseconds', {
      path: ['ms'],
    });
}

/**
 * A duration in words for a collector: "45 minutes", "3 hours", "5 days" (rounded down).
 *
 * @throws HotleadsError `INVALID_ARGUMENT` when `ms` is not a finite number.
 */
export function formatDuration(ms: number): string {
  checkDuration(ms);
  const unit = unitOf(ms);
  return wordsOf(countOf(ms, unit), unit, '', keptDurations);
}

/**
 * How long ago something happened: "just now", "2 hours ago", "3 days ago".
 *
 * @throws HotleadsError `INVALID_ARGUMENT` when `ms` is not a finite number.
 */
export function formatAgo(ms: number): string {
  checkDuration(ms);
  if (ms < MINUTE_MS) return 'just now';
  const unit = unitOf(ms);
  return wordsOf(countOf(ms, unit), unit, ' ago', keptAgos);
}

/** Signed points as a reason shows them: "−10", "+4", "0". */
export function formatPoints(points: number): string {
  const rounded = Math.round(points * 10) / 10;
  if (rounded < 0) return `−${Math.abs(rounded)}`;
  return rounded > 0 ? `+${rounded}` : '0';
}

/** "abandoned_payment" → "Abandoned payment". */
export function humanizeType(type: string): string {
  const words = type.replace(/[_-]+/g, ' ').trim();
  return words.length === 0 ? type : words[0]!.toUpperCase() + words.slice(1);
}

/** The longest a formatted field value gets in an explanation; longer text ends with "…". */
export const MAX_VALUE_CHARS = 120;
const MAX_LIST_ITEMS = 20;
const MAX_LIST_DEPTH = 3;

/**
 * A field value in words: lists joined, booleans as Yes/No, numbers to at most 2 decimals.
 * Safe on any value — it never throws and never runs long: a cyclic object or list, a BigInt,
 * a symbol, an object whose `toString` / `toJSON` / getter throws, a fake or invalid Date, a
 * Proxy. Lists show their first 20 items; the text is cut at {@link MAX_VALUE_CHARS}.
 */
export function formatValue(value: unknown): string {
  let text: string;
  try {
    text = formatAny(value, 0, []);
  } catch {
    text = '[unreadable]';
  }
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS - 1)}…` : text;
}

function formatAny(value: unknown, depth: number, lists: unknown[]): string {
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
      return String(Number.isInteger(value) ? value : Math.round(value * 100) / 100);
    case 'boolean':
      return value ? 'Yes' : 'No';
    case 'bigint':
      return String(value);
    case 'symbol':
    case 'undefined':
      return safeString(value);
    case 'function':
      return '[function]';
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) {
    if (lists.includes(value) || depth >= MAX_LIST_DEPTH) return '…';
    lists.push(value);
    const n = Math.min(value.length, MAX_LIST_ITEMS);
    const parts: string[] = [];
    for (let i = 0; i < n; i++) parts.push(formatAny(value[i], depth + 1, lists));
    if (value.length > n) parts.push('…');
    lists.pop();
    return parts.join(', ');
  }
  if (value instanceof Date) {
    const ms = tryEpochMs(value);
    return Number.isNaN(ms) ? 'Invalid date' : new Date(ms).toISOString();
  }
  return json(value as object);
}

/** JSON of an object, with cycles and BigInts written out; `[object]` when it cannot be read. */
function json(value: object): string {
  const seen = new WeakSet<object>();
  try {
    const text = JSON.stringify(value, (_key, v: unknown) => {
      if (typeof v === 'bigint') return String(v);
      if (typeof v === 'object' && v !== null) {
        if (seen.has(v)) return '[Circular]';
        seen.add(v);
      }
      return v;
    });
    return typeof text === 'string' ? text : '[object]';
  } catch {
    return '[object]';
  }
}
