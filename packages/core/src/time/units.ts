/** Milliseconds in one minute. */
export const MINUTE_MS = 60_000;

/** Milliseconds in one hour. */
export const HOUR_MS = 3_600_000;

/**
 * Milliseconds in one day of 24 hours. A calendar day in a time zone can be 23 or 25 hours
 * long; count those with `localDay`, never by dividing by this.
 */
export const DAY_MS = 86_400_000;
