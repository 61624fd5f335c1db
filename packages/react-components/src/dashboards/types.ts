import type { KpiChange } from '@hotleads/core';

/**
 * One KPI of a dashboard as the libraries computed it: core's (or payments') display value, its
 * change against the previous period, and an optional line under it.
 */
export type KpiFigure = {
  /** A display string (`"$1,240.50"`, `"38.2%"`) or a number shown through the card's format. */
  value: string | number;
  /** `compareToPrevious(value, previous)`; `previous: null` reads "No previous data". */
  change?: KpiChange;
  /** A short line under the value ("$12,400.00 of $20,000.00"). */
  hint?: string;
};
