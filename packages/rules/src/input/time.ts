import { MAX_TIME_MS, MIN_TIME_MS } from '@hotleads/core';

/** True for epoch ms hotleads accepts as a time (core's range: the years 0000–9999). */
export function isEpochMs(value: unknown): value is number {
  return typeof value === 'number' && value >= MIN_TIME_MS && value <= MAX_TIME_MS;
}

/** The ISO 8601 text of an epoch ms time, for report sentences; never throws (`n ms` when no `Date` can hold it). */
export function isoTime(ms: number): string {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? `${ms} ms` : date.toISOString();
}
