import { HotleadsError } from '../errors/HotleadsError';
import { safeString } from '../errors/safeString';
import { tryEpochMs } from '../time/toEpochMs';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../time/units';

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/**
 * A duration in words for a collector: "45 minutes", "3 hours", "5 days" (rounded down).
 *
 * @throws HotleadsError `INVALID_ARGUMENT` when `ms` is not a finite number.
 */
export function formatDuration(ms: number): string {
  if (typeof ms !== 'number' || !Number.isFinite(ms))
    throw new HotleadsError('INVALID_ARGUMENT', 'Expected a duration: a finite number of milliseconds', {
      path: ['ms'],
    });
  if (ms < HOUR_MS) return plural(Math.max(1, Math.floor(ms / MINUTE_MS)), 'minute');
  if (ms < DAY_MS) return plural(Math.floor(ms / HOUR_MS), 'hour');
  return plural(Math.floor(ms / DAY_MS), 'day');
}

/**
 * How long ago something happened: "just now", "2 hours ago", "3 days ago".
 *
 * @throws HotleadsError `INVALID_ARGUMENT` when `ms` is not a finite number.
 */
export function formatAgo(ms: number): string {
  if (typeof ms !== 'number' || !Number.isFinite(ms))
    throw new HotleadsError('INVALID_ARGUMENT', 'Expected a duration: a finite number of milliseconds', {
      path: ['ms'],
    });
  return ms < MINUTE_MS ? 'just now' : `${formatDuration(ms)} ago`;
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
