import { DAY_MS, HOUR_MS, MINUTE_MS } from '../time/units';

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** A duration in words for a collector: "45 minutes", "3 hours", "5 days" (rounded down). */
export function formatDuration(ms: number): string {
  if (ms < HOUR_MS) return plural(Math.max(1, Math.floor(ms / MINUTE_MS)), 'minute');
  if (ms < DAY_MS) return plural(Math.floor(ms / HOUR_MS), 'hour');
  return plural(Math.floor(ms / DAY_MS), 'day');
}

/** How long ago something happened: "just now", "2 hours ago", "3 days ago". */
export function formatAgo(ms: number): string {
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

/** A field value in words: lists joined, booleans as Yes/No, numbers to at most 2 decimals. */
export function formatValue(value: unknown): string {
  if (typeof value === 'number') return String(Number.isInteger(value) ? value : Math.round(value * 100) / 100);
  if (Array.isArray(value)) return value.map(formatValue).join(', ');
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (value instanceof Date) return value.toISOString();
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
