import { formatAmount, HotleadsError } from '@hotleads/core';
import { allocateOldestFirst } from '../money/allocateOldestFirst';
import type { ItemType } from '../store/types';
import type { LedgerContext } from './context';
import { outstandingOf } from './items';
import { loadPaymentItems } from './posting';
import { checkPaymentRequest, type RecordPaymentRequest } from './recordPayment';
import { toAllocation, toConsumer, type Allocation, type Consumer } from './views';

/** The "Review and confirm" step: what a payment would do, computed without writing anything. */
export type PaymentPreview = {
  /** Account summary: name, account number, current balance (outstanding). */
  consumer: Consumer;
  /** Payment summary: type, channel, method, total amount, recorded by. */
  summary: { type: ItemType; channel: string; method: string; amount: string; recordedBy: string };
  /** Per item: amount due, amount paid, difference, exact / over / under. */
  allocations: Allocation[];
  /** Still owed on the selected items after the payment. */
  outstanding: string;
  /** Paid beyond the selected items. */
  overpayment: string;
  /**
   * The Overpayment credit note the payment would create: its amount and reason, never its
   * number (numbers are drawn only inside the write's transaction, so they stay gapless); `null`
   * when nothing is paid beyond the items.
   */
  creditNote: { amount: string; reason: 'Overpayment' } | null;
  /** The consumer's balance after the payment. */
  balanceAfter: string;
  cash?: { amountReceived: string; changeGiven: string };
};

/**
 * Validates a payment request exactly as `recordPayment` does (except the actor's permission, since
 * nothing is written) and returns the summary the form shows before confirmation. It only reads:
 * no number is drawn, so a preview never leaves a gap in the receipt or credit-note numbers.
 *
 * @throws HotleadsError with the same codes as `recordPayment`.
 */
export async function previewPayment(ctx: LedgerContext, request: RecordPaymentRequest): Promise<PaymentPreview> {
  const c = ctx.settings.currency;
  const { r, amount, channel, tendered, changeGiven } = checkPaymentRequest(ctx, request);
  return ctx.store.read(async (tx) => {
    const consumer = await tx.get('consumers', r.accountNumber);
    if (consumer === undefined)
      throw new HotleadsError('NOT_FOUND', 'No consumer with this account number', { path: ['accountNumber'] });
    if (amount > consumer.balance + ctx.thresholdMinor)
      throw new HotleadsError(
        'INVALID_AMOUNT',
        'Amount exceeds the outstanding balance plus the overpayment threshold',
        { path: ['amount'] },
      );
    const items = await loadPaymentItems(ctx, tx, r.type, r.items, r.accountNumber, true);
    const byId = new Map(items.map((i) => [i.id, i]));
    const { shares, surplus } = allocateOldestFirst(
      amount,
      items.map((i) => ({ id: i.id, dueDate: i.dueDate, outstanding: outstandingOf(i) })),
    );
    const allocations = shares.map((s) => {
      const item = byId.get(s.id)!;
      return toAllocation(
        {
          item: s.id,
          itemType: item.type,
          description: item.description,
          dueDate: item.dueDate,
          due: s.due,
          paid: s.paid,
          applied: s.applied,
          issuedAt: item.issuedAt,
        },
        c,
      );
    });
    const preview: PaymentPreview = {
      consumer: toConsumer(consumer, c),
      summary: { type: r.type, channel, method: r.method, amount: formatAmount(amount, c), recordedBy: r.actor.name },
      allocations,
      outstanding: formatAmount(
        shares.reduce((sum, s) => sum + s.due - s.applied, 0),
        c,
      ),
      overpayment: formatAmount(surplus, c),
      creditNote: surplus > 0 ? { amount: formatAmount(surplus, c), reason: 'Overpayment' } : null,
      balanceAfter: formatAmount(consumer.balance - amount, c),
    };
    if (tendered !== null)
      preview.cash = { amountReceived: formatAmount(tendered, c), changeGiven: formatAmount(changeGiven ?? 0, c) };
    return preview;
  });
}
