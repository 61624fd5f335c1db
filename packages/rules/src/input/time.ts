/** The largest distance from the epoch, in ms, a `Date` can hold (100,000,000 days). */
export const MAX_EPOCH_MS = 8.64e15;

/** True for a number of epoch ms a `Date` can hold. */
export function isEpochMs(value: unknown): value is number {
  return typeof value === 'number' && value >= -MAX_EPOCH_MS && value <= MAX_EPOCH_MS;
}

/** The ISO 8601 text of an epoch ms time, for report sentences; never throws (`n ms` when no `Date` can hold it). */
export function isoTime(ms: number): string {
  return isEpochMs(ms) ? new Date(ms).toISOString() : `${ms} ms`;
}
