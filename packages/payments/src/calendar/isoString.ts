let lastMs = Number.NaN;
let lastIso = '';

/**
 * `new Date(ms).toISOString()`, remembering the last value: one write stamps several fields
 * (payment date, recorded at, audit entries) with the same instant, and formatting is not free.
 */
export function isoString(ms: number): string {
  if (ms !== lastMs) {
    lastIso = new Date(ms).toISOString();
    lastMs = ms;
  }
  return lastIso;
}
