import { HotleadsError, localDate } from '@hotleads/core';
import { allocateOldestFirst } from '../money/allocateOldestFirst';
import { addCalendar } from '../calendar/addCalendar';
import type { CreditNoteReason } from '../settings/settings';
import type {
  Actor,
  ConsumerRecord,
  CreditNoteRecord,
  ItemType,
  LedgerReadTx,
  LedgerWriteTx,
  PaymentRecord,
} from '../store/types';
import { drawNumber, type LedgerContext, type WriteScope } from './context';
import { loadItem, outstandingOf, saveItemChanges, type LoadedItem } from './items';

/** Loads the items of a payment request, refusing unknown, duplicate or (when `requireUnpaid`) settled ones. @internal */
export async function loadPaymentItems(
  ctx: LedgerContext,
  tx: LedgerReadTx,
  type: ItemType,
  ids: ReadonlyArray<string>,
  accountNumber: string,
  requireUnpaid: boolean,
): Promise<LoadedItem[]> {
  const items: LoadedItem[] = [];
  for (let i = 0; i < ids.length; i++) {
    const item = await loadItem(tx, type, ids[i]!, accountNumber, ctx.settings.timeZone, ['items', i]);
    if (requireUnpaid && outstandingOf(item) === 0)
      throw new HotleadsError('INVALID_REQUEST', 'This item is already settled', { path: ['items', i] });
    items.push(item);
  }
  return items;
}

/** The expiry date of a credit note created on local date `createdDate`. @internal */
export function expiryOf(ctx: LedgerContext, createdDate: string): string {
  let cache = expiryCache.get(ctx.settings);
  if (cache === undefined) expiryCache.set(ctx.settings, (cache = new Map()));
  let expiry = cache.get(createdDate);
  if (expiry === undefined) {
    const days = ctx.settings.creditNoteExpiryDays;
    expiry =
      days !== null
        ? addCalendar(createdDate, { days })
        : addCalendar(createdDate, { years: ctx.settings.creditNoteExpiryYears });
    if (cache.size > 10_000) cache.clear();
    cache.set(createdDate, expiry);
  }
  return expiry;
}
// Settings are frozen, so they key the cache of expiry dates by creation date.
const expiryCache = new WeakMap<object, Map<string, string>>();

/** Creates and stores a credit note record (number drawn inside `tx`) and audits it. @internal */
export async function issueCreditNote(
  ctx: LedgerContext,
  tx: LedgerWriteTx,
  scope: WriteScope,
  payment: PaymentRecord,
  amount: number,
  reason: CreditNoteReason,
  remarks: string | null,
  actor: Actor,
): Promise<CreditNoteRecord> {
  const createdDate = localDate(scope.now, ctx.settings.timeZone);
  const record: CreditNoteRecord = {
    id: await drawNumber(ctx, tx, 'creditNote', createdDate),
    paymentId: payment.id,
    accountNumber: payment.accountNumber,
    linkedReceipt: payment.receiptNumber,
    amount,
    applied: 0,
    reason,
    remarks,
    createdAt: scope.now,
    createdDate,
    expiresAt: expiryOf(ctx, createdDate),
    createdBy: { id: actor.id, name: actor.name, role: actor.role },
    applications: [],
    voided: false,
  };
  await tx.insert('creditNotes', record);
  await scope.audit('creditNote.created', 'creditNote', record.id, null, record);
  return record;
}

/**
 * Posts a payment: allocates it oldest due first over its items, lowers their outstanding and the
 * consumer's balance, and turns any surplus into an Overpayment credit note. Writes and audits
 * everything inside `tx`. @internal
 */
export async function postPayment(
  ctx: LedgerContext,
  tx: LedgerWriteTx,
  scope: WriteScope,
  draft: PaymentRecord,
  consumer: ConsumerRecord,
  items: LoadedItem[],
  creditNoteActor: Actor,
  creditNoteRemarks: string | null,
): Promise<{ payment: PaymentRecord; creditNote?: CreditNoteRecord }> {
  const byId = new Map(items.map((i) => [i.id, i]));
  const { shares, surplus } = allocateOldestFirst(
    draft.amount,
    items.map((i) => ({ id: i.id, dueDate: i.dueDate, outstanding: outstandingOf(i) })),
  );
  const allocations = shares.map((s) => {
    const item = byId.get(s.id)!;
    return {
      item: s.id,
      itemType: item.type,
      description: item.description,
      dueDate: item.dueDate,
      due: s.due,
      paid: s.paid,
      applied: s.applied,
      issuedAt: item.issuedAt,
    };
  });
  const changes = await saveItemChanges(
    tx,
    shares
      .filter((s) => s.applied > 0)
      .map((s) => ({ type: draft.type, id: s.id, paidDelta: s.applied, creditedDelta: 0 })),
  );
  const consumerAfter: ConsumerRecord = { ...consumer, balance: consumer.balance - draft.amount };
  await tx.put('consumers', consumerAfter);
  let payment: PaymentRecord = {
    ...draft,
    status: 'Posted',
    verification: 'Verified',
    allocations,
    balanceBefore: consumer.balance,
    balanceAfter: consumerAfter.balance,
  };
  let creditNote: CreditNoteRecord | undefined;
  if (surplus > 0) {
    creditNote = await issueCreditNote(
      ctx,
      tx,
      scope,
      payment,
      surplus,
      'Overpayment',
      creditNoteRemarks,
      creditNoteActor,
    );
    payment = {
      ...payment,
      creditNoteNumbers: [...payment.creditNoteNumbers, creditNote.id],
      overpaymentNote: creditNote.id,
      credited: payment.credited + surplus,
    };
  }
  await tx.put('payments', payment);
  for (const c of changes) await scope.audit(`${c.entityType}.paid`, c.entityType, c.id, c.before, c.after);
  await scope.audit('consumer.balanceChanged', 'consumer', consumer.id, consumer, consumerAfter);
  return creditNote === undefined ? { payment } : { payment, creditNote };
}
