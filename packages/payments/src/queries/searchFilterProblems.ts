import { isHotleadsError, type HotleadsErrorCode, type IssuePath } from '@hotleads/core';
import { resolveDateRange, type DateRange } from '../calendar/dateRange';
import { parseDateString } from '../calendar/dateString';
import { nowMs, type LedgerContext } from '../ledger/context';
import { parseAmount, type Amount } from '../money/parseAmount';
import { amountBounds } from './searchPayments';

/**
 * One filter a search would refuse: the code, path and sentence (`message`, the error's `detail`)
 * of the `HotleadsError` that `searchPayments` or `searchCreditNotes` would throw for it. A form
 * shows `message` at the field `path` names (`['dateRange', 'from']`, `['minAmount']`, …).
 */
export type SearchFilterProblem = { code: HotleadsErrorCode; path: IssuePath; message: string };

/** Collects the HotleadsErrors that checks throw as problems; any other error goes on. @internal */
export function problemCollector(): {
  problems: SearchFilterProblem[];
  check: <T>(run: () => T) => T | undefined;
} {
  const problems: SearchFilterProblem[] = [];
  return {
    problems,
    check(run) {
      try {
        return run();
      } catch (error) {
        if (!isHotleadsError(error)) throw error;
        problems.push({ code: error.code, path: [...error.path], message: error.detail });
        return undefined;
      }
    },
  };
}

/**
 * The checks the searches share, in the order they run them, each bound on its own: the amount
 * range (each bound, then min ≤ max) and the date range (each bound of a custom range, then the
 * range itself: From after To, an unknown preset). @internal
 */
export function checkAmountsAndDates(
  ctx: LedgerContext,
  q: { minAmount?: Amount; maxAmount?: Amount; dateRange?: DateRange },
  check: <T>(run: () => T) => T | undefined,
  problems: readonly SearchFilterProblem[],
): void {
  const c = ctx.settings.currency;
  const before = problems.length;
  if (q.minAmount !== undefined) check(() => parseAmount(q.minAmount!, c, { path: ['minAmount'], allowZero: true }));
  if (q.maxAmount !== undefined) check(() => parseAmount(q.maxAmount!, c, { path: ['maxAmount'], allowZero: true }));
  // Both bounds are amounts: the searches' own range check (min ≤ max).
  if (problems.length === before) check(() => amountBounds(ctx, q.minAmount, q.maxAmount));
  const range = q.dateRange;
  if (range === undefined) return;
  if ('from' in range) {
    const from = check(() => parseDateString(range.from, ['dateRange', 'from']));
    const to = check(() => parseDateString(range.to, ['dateRange', 'to']));
    if (from === undefined || to === undefined) return;
  }
  check(() => resolveDateRange(range, nowMs(ctx), ctx.settings.timeZone, ctx.settings.weekStartsOn, ['dateRange']));
}
