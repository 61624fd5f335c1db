import { HotleadsError, toEpochMs, type IssuePath } from '@hotleads/core';

/** The first year of the ledger's calendar (docs/payments.md, "Guarantees"). */
export const FIRST_YEAR = 1000;
/**
 * The last year of the ledger's calendar. It ends a century before 9999 so that every date the
 * ledger derives (an expiry up to 100 years on, a grace period) still has four digits.
 */
export const LAST_YEAR = 8999;

// A day inside the years at both ends, so the local date is inside them in every zone (±14 h).
const MIN_MS = /* @__PURE__ */ (() => Date.UTC(FIRST_YEAR, 0, 2))();
const MAX_MS = /* @__PURE__ */ (() => Date.UTC(LAST_YEAR, 11, 31) - 1)();

/**
 * The epoch ms of a real `Date`, or `NaN` for anything else — `Object.create(Date.prototype)`, a
 * Proxy of a Date — without running any of its code (no getter, no Proxy trap).
 */
export function dateMs(value: unknown): number {
  try {
    return Date.prototype.getTime.call(value as Date);
  } catch {
    return Number.NaN;
  }
}

/**
 * Reads a time the ledger can hold: epoch ms, a real `Date` or an ISO 8601 string with `Z` or an
 * offset (core's `toEpochMs`), from {@link FIRST_YEAR} to {@link LAST_YEAR}.
 *
 * @throws HotleadsError `INVALID_TIME` naming `path`, for anything else (a fake Date included).
 */
export function readInstant(value: unknown, path: IssuePath): number {
  const ms =
    typeof value === 'object' && value !== null
      ? dateMs(value)
      : typeof value === 'string' || typeof value === 'number'
        ? toEpochMs(value, path)
        : Number.NaN;
  if (Number.isNaN(ms))
    throw new HotleadsError(
      'INVALID_TIME',
      'Expected epoch milliseconds, a Date or an ISO 8601 string with Z or an offset',
      {
        path,
      },
    );
  if (ms < MIN_MS || ms > MAX_MS)
    throw new HotleadsError('INVALID_TIME', `A time must fall in the years ${FIRST_YEAR} to ${LAST_YEAR}`, { path });
  return ms;
}
