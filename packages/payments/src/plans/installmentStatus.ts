import { HotleadsError } from '@hotleads/core';
import { Dec } from '../money/decimal';
import { isDateString } from '../calendar/dateString';
import { readOptions } from '../input/readInput';
import { addCalendar } from '../calendar/addCalendar';

/** Where an installment stands. */
export type InstallmentStatus = 'paid' | 'partial' | 'due' | 'missed';

/** Options for {@link installmentStatus}. */
export type InstallmentStatusOptions = {
  /** Today's date in the ledger's zone, `YYYY-MM-DD`. */
  today: string;
  /** Days after the due date before an unpaid installment counts as missed. */
  graceDays: number;
  /** Tolerated shortfall in percent (`"5"` = 95 % paid is not missed). */
  partialTolerancePercent: string;
};

/**
 * The status of an installment (amounts in integer minor units):
 * - `paid`: nothing left to pay;
 * - until `dueDate + graceDays` (inclusive): `partial` when something was paid, else `due`;
 * - after that: `partial` when at least `(1 − tolerance)` of it was paid, else `missed`.
 *
 * @throws HotleadsError `INVALID_AMOUNT` for an amount or covered part that is not a
 *   non-negative safe integer; `INVALID_TIME` for a due date or today not written `YYYY-MM-DD`;
 *   `INVALID_ARGUMENT` for grace days that are not 0–365 or a tolerance that is not a percent
 *   from 0 to 100.
 * @example installmentStatus({ amount: 6750, covered: 0, dueDate: '2025-04-15' }, { today: '2025-04-21', graceDays: 5, partialTolerancePercent: '0' }) // 'missed'
 */
export function installmentStatus(
  installment: { amount: number; covered: number; dueDate: string },
  options: InstallmentStatusOptions,
): InstallmentStatus {
  const i = readOptions(
    installment,
    ['amount', 'covered', 'dueDate'],
    ['installment'],
    'INVALID_ARGUMENT',
    'Expected an installment { amount, covered, dueDate }',
  );
  const o = readOptions(options, ['today', 'graceDays', 'partialTolerancePercent']);
  for (const key of ['amount', 'covered'] as const)
    if (!(Number.isSafeInteger(i[key]) && (i[key] as number) >= 0))
      throw new HotleadsError('INVALID_AMOUNT', 'Expected a non-negative integer of minor units', {
        path: ['installment', key],
      });
  const amount = i.amount as number;
  const covered = i.covered as number;
  if (!isDateString(i.dueDate))
    throw new HotleadsError('INVALID_TIME', 'Expected a calendar date written YYYY-MM-DD', {
      path: ['installment', 'dueDate'],
    });
  if (!isDateString(o.today))
    throw new HotleadsError('INVALID_TIME', 'Expected a calendar date written YYYY-MM-DD', { path: ['today'] });
  if (!(Number.isInteger(o.graceDays) && (o.graceDays as number) >= 0 && (o.graceDays as number) <= 365))
    throw new HotleadsError('INVALID_ARGUMENT', 'graceDays is a whole number from 0 to 365', { path: ['graceDays'] });
  const tolerance = o.partialTolerancePercent;
  if (typeof tolerance !== 'string' || !PERCENT.test(tolerance) || new Dec(tolerance).gt(100))
    throw new HotleadsError('INVALID_ARGUMENT', 'partialTolerancePercent is a percent from 0 to 100, e.g. "5"', {
      path: ['partialTolerancePercent'],
    });
  if (covered >= amount) return 'paid';
  const lastGraceDay = addCalendar(i.dueDate, { days: o.graceDays as number });
  if (o.today <= lastGraceDay) return covered > 0 ? 'partial' : 'due';
  const needed = new Dec(amount).times(new Dec(1).minus(new Dec(tolerance).div(100))).ceil();
  return needed.lte(covered) ? 'partial' : 'missed';
}

const PERCENT = /^\d+(\.\d+)?$/;
