import { Dec } from '../money/decimal';
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
 * @example installmentStatus({ amount: 6750, covered: 0, dueDate: '2025-04-15' }, { today: '2025-04-21', graceDays: 5, partialTolerancePercent: '0' }) // 'missed'
 */
export function installmentStatus(
  installment: { amount: number; covered: number; dueDate: string },
  options: InstallmentStatusOptions,
): InstallmentStatus {
  if (installment.covered >= installment.amount) return 'paid';
  const lastGraceDay = addCalendar(installment.dueDate, { days: options.graceDays });
  if (options.today <= lastGraceDay) return installment.covered > 0 ? 'partial' : 'due';
  const needed = new Dec(installment.amount)
    .times(new Dec(1).minus(new Dec(options.partialTolerancePercent).div(100)))
    .ceil();
  return needed.lte(installment.covered) ? 'partial' : 'missed';
}
