import type { Time } from '@hotleads/core';
import { localDate } from '@hotleads/core';
import { readInstant } from '../calendar/readInstant';
import { daysBetween } from '../calendar/zoned';
import { nowMs, type LedgerContext } from '../ledger/context';
import { toPlan, type Installment } from '../ledger/views';

/** A missed installment, for the Recovery Executive's alert list. */
export type MissedInstallmentAlert = {
  accountNumber: string;
  consumerName: string;
  planId: string;
  installment: Installment;
  /** Calendar days since the due date, in the ledger's zone. */
  daysOverdue: number;
};

/**
 * Every missed installment as of `now` (default: the ledger's clock), oldest due date first:
 * due date + `plans.graceDays` has passed and less than `(1 − tolerance)` of it was paid.
 */
export async function planAlerts(ctx: LedgerContext, now?: Time): Promise<MissedInstallmentAlert[]> {
  const at = now === undefined ? nowMs(ctx) : readInstant(now, ['now']);
  const today = localDate(at, ctx.settings.timeZone);
  return ctx.store.read(async (tx) => {
    const names = new Map((await tx.list('consumers')).map((c) => [c.accountNumber, c.name]));
    const alerts: MissedInstallmentAlert[] = [];
    for (const record of await tx.list('plans')) {
      const plan = toPlan(record, ctx.settings, today);
      for (const installment of plan.installments) {
        if (installment.status === 'missed')
          alerts.push({
            accountNumber: plan.accountNumber,
            consumerName: names.get(plan.accountNumber) ?? '',
            planId: plan.planId,
            installment,
            daysOverdue: daysBetween(installment.dueDate, today),
          });
      }
    }
    return alerts.sort((a, b) =>
      a.installment.dueDate < b.installment.dueDate
        ? -1
        : a.installment.dueDate > b.installment.dueDate
          ? 1
          : a.installment.id < b.installment.id
            ? -1
            : 1,
    );
  });
}
