import * as z from 'zod/mini';
import { HotleadsError, type Time, localDate } from '@hotleads/core';
import { readInstant } from '../calendar/readInstant';
import { parseAmount, type Amount } from '../money/parseAmount';
import type { Actor, ItemType } from '../store/types';
import { actorSchema, amountInput, itemTypeSchema, keySchema, text, timeInput } from './schemas';
import { nowMs, runWrite, type LedgerContext } from './context';
import { newPaymentRecord } from './newPaymentRecord';
import { loadPaymentItems, postPayment } from './posting';
import { toCreditNote, toPayment, toReceipt, type CreditNote, type Payment, type Receipt } from './views';
import { parseInput } from '../input/readInput';

/** Request of `ledger.recordPayment` (a payment taken by a user: posted and verified at once). */
export type RecordPaymentRequest = {
  accountNumber: string;
  type: ItemType;
  /** Invoice numbers, service-charge ids, or `planId#number`; all of `type` and of this account. */
  items: string[];
  amount: Amount;
  /** One of `settings.methods`. */
  method: string;
  /** One of `settings.channels`; default `settings.defaultChannel` (Walk-in). */
  channel?: string;
  /** Payment date; default now. Never in the future. */
  date?: Time;
  /** Cash methods only: cash received. `amount` must equal `tendered − changeGiven`. */
  tendered?: Amount;
  /** Cash methods only: change handed back (default 0). */
  changeGiven?: Amount;
  /** Optional notes, at most `settings.notesMaxLength` characters. */
  notes?: string;
  /** Remarks for the automatic Overpayment credit note. */
  creditNoteRemarks?: string;
  actor: Actor;
  idempotencyKey?: string;
};

/** What `recordPayment` returns. */
export type RecordPaymentResult = { payment: Payment; receipt: Receipt; creditNote?: CreditNote };

const schema = /* @__PURE__ */ (() =>
  z.object({
    accountNumber: text,
    type: itemTypeSchema,
    items: z.array(text, { message: 'Select at least one item' }).check(z.minLength(1, 'Select at least one item')),
    amount: amountInput,
    method: text,
    channel: z.optional(text),
    date: z.optional(timeInput),
    tendered: z.optional(amountInput),
    changeGiven: z.optional(amountInput),
    notes: z.optional(z.string()),
    creditNoteRemarks: z.optional(z.string()),
    actor: actorSchema,
    idempotencyKey: keySchema,
  }))();

/**
 * Records a payment against one consumer and one type of item, allocated oldest due date first.
 * A surplus becomes an Overpayment credit note linked to the receipt. Numbers are drawn inside the
 * write, so a refused payment consumes none.
 *
 * @throws HotleadsError `INVALID_REQUEST`, `INVALID_AMOUNT`, `INVALID_TIME`, `NOT_FOUND`,
 *   `FORBIDDEN`, `CONFLICT`.
 */
export async function recordPayment(ctx: LedgerContext, request: RecordPaymentRequest): Promise<RecordPaymentResult> {
  const s = ctx.settings;
  const { r, amount, channel, date, tendered, changeGiven } = checkPaymentRequest(ctx, request);
  // The fingerprint of an idempotent retry is the request as the caller sent it: a date the
  // caller left out is defaulted to now, which differs on every retry, so it stays out.
  const body = { ...r, idempotencyKey: undefined, date: r.date === undefined ? undefined : date };
  return runWrite(
    ctx,
    {
      operation: 'recordPayment',
      actor: r.actor,
      permission: 'record',
      idempotencyKey: r.idempotencyKey ?? null,
      body,
    },
    async (tx, scope) => {
      await tx.lockAccount(r.accountNumber);
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
      const day = localDate(date, s.timeZone);
      const draft = await newPaymentRecord(ctx, tx, day, consumer, {
        accountNumber: r.accountNumber,
        type: r.type,
        amount,
        method: r.method,
        channel,
        status: 'Pending',
        source: 'user',
        date,
        recordedAt: scope.now,
        recordedBy: { id: r.actor.id, name: r.actor.name, role: r.actor.role },
        tendered,
        changeGiven,
        notes: r.notes === undefined || r.notes === '' ? null : r.notes,
        allocations: [],
        gateway: null,
      });
      const posted = await postPayment(ctx, tx, scope, draft, consumer, items, r.actor, r.creditNoteRemarks ?? null);
      await scope.audit('payment.recorded', 'payment', posted.payment.id, null, posted.payment);
      const today = localDate(scope.now, s.timeZone);
      const result: RecordPaymentResult = {
        payment: toPayment(posted.payment, s, consumer.name),
        receipt: toReceipt(posted.payment, s, posted.creditNote),
      };
      if (posted.creditNote !== undefined) result.creditNote = toCreditNote(posted.creditNote, s, today, consumer.name);
      return result;
    },
  );
}

/** Checks a payment request without touching the store (shared by recordPayment and previewPayment). @internal */
export function checkPaymentRequest(ctx: LedgerContext, request: RecordPaymentRequest) {
  const s = ctx.settings;
  const r = parseInput(schema, request, 'INVALID_REQUEST', 'payment');
  const amount = parseAmount(r.amount, s.currency, { path: ['amount'] });
  if (!s.methods.includes(r.method))
    throw new HotleadsError('INVALID_REQUEST', 'Payment method is not one of the configured methods', {
      path: ['method'],
    });
  const channel = r.channel ?? s.defaultChannel;
  if (!s.channels.includes(channel))
    throw new HotleadsError('INVALID_REQUEST', 'Channel is not one of the configured channels', { path: ['channel'] });
  const now = nowMs(ctx);
  const date = r.date === undefined ? now : readInstant(r.date, ['date']);
  if (date > now)
    throw new HotleadsError('INVALID_TIME', 'The payment date may not be in the future', { path: ['date'] });
  if (new Set(r.items).size !== r.items.length)
    throw new HotleadsError('INVALID_REQUEST', 'An item is selected twice', { path: ['items'] });
  if (r.notes !== undefined && r.notes.length > s.notesMaxLength)
    throw new HotleadsError('INVALID_REQUEST', 'Notes are too long', { path: ['notes'] });
  if (r.creditNoteRemarks !== undefined && r.creditNoteRemarks.length > s.remarksMaxLength)
    throw new HotleadsError('INVALID_REQUEST', 'Remarks are too long', { path: ['creditNoteRemarks'] });
  let tendered: number | null = null;
  let changeGiven: number | null = null;
  if (r.tendered !== undefined || r.changeGiven !== undefined) {
    if (!s.cashMethods.includes(r.method))
      throw new HotleadsError('INVALID_REQUEST', 'Cash received and change apply to cash payments only', {
        path: [r.tendered !== undefined ? 'tendered' : 'changeGiven'],
      });
    if (r.tendered === undefined)
      throw new HotleadsError('INVALID_REQUEST', 'Change given needs the cash received', { path: ['tendered'] });
    tendered = parseAmount(r.tendered, s.currency, { path: ['tendered'] });
    changeGiven =
      r.changeGiven === undefined
        ? 0
        : parseAmount(r.changeGiven, s.currency, { path: ['changeGiven'], allowZero: true });
    if (tendered - changeGiven !== amount)
      throw new HotleadsError('INVALID_AMOUNT', 'Amount must equal cash received minus change given', {
        path: ['amount'],
      });
  }
  return { r, amount, channel, date, tendered, changeGiven };
}
