import * as z from 'zod/mini';
import { HotleadsError, type Time } from '@hotleads/core';
import { readInstant } from '../calendar/readInstant';
import { parseAmount, type Amount } from '../money/parseAmount';
import { parseDateString } from '../calendar/dateString';
import type { Actor, BillRecord } from '../store/types';
import { actorSchema, amountInput, keySchema, text, timeInput } from './schemas';
import { SYSTEM_ACTOR, runWrite, type LedgerContext } from './context';
import { toBill, type Bill } from './views';
import { parseInput } from '../input/readInput';

/** Request of `ledger.addBill`. Adding a bill does not move the stored balance. */
export type AddBillRequest = {
  accountNumber: string;
  invoiceNumber: string;
  /** Billing period as shown, e.g. `Mar 2025`. */
  period: string;
  amount: Amount;
  /** When the bill was issued (for average collection time). */
  issuedAt: Time;
  /** `YYYY-MM-DD` in the ledger's zone. */
  dueDate: string;
  actor?: Actor;
  idempotencyKey?: string;
};

const schema = /* @__PURE__ */ (() =>
  z.object({
    accountNumber: text,
    invoiceNumber: text,
    period: text,
    amount: amountInput,
    issuedAt: timeInput,
    dueDate: z.string(),
    actor: z.optional(actorSchema),
    idempotencyKey: keySchema,
  }))();

/** Adds a bill to a consumer. @throws HotleadsError `NOT_FOUND` (consumer), `CONFLICT` (invoice exists), validation codes. */
export async function addBill(ctx: LedgerContext, request: AddBillRequest): Promise<Bill> {
  const r = parseInput(schema, request, 'INVALID_REQUEST', 'bill');
  const amount = parseAmount(r.amount, ctx.settings.currency, { path: ['amount'] });
  const issuedAt = readInstant(r.issuedAt, ['issuedAt']);
  const dueDate = parseDateString(r.dueDate, ['dueDate']);
  const actor = r.actor ?? SYSTEM_ACTOR;
  const body = { ...r, issuedAt, idempotencyKey: undefined, actor };
  return runWrite(
    ctx,
    { operation: 'addBill', actor, permission: null, idempotencyKey: r.idempotencyKey ?? null, body },
    async (tx, scope) => {
      await tx.lockAccount(r.accountNumber);
      if ((await tx.get('consumers', r.accountNumber)) === undefined)
        throw new HotleadsError('NOT_FOUND', 'No consumer with this account number', { path: ['accountNumber'] });
      if ((await tx.get('bills', r.invoiceNumber)) !== undefined)
        throw new HotleadsError('CONFLICT', 'A bill with this invoice number exists', { path: ['invoiceNumber'] });
      const record: BillRecord = {
        id: r.invoiceNumber,
        accountNumber: r.accountNumber,
        period: r.period,
        amount,
        issuedAt,
        dueDate,
        paid: 0,
        credited: 0,
      };
      await tx.insert('bills', record);
      await scope.audit('bill.created', 'bill', record.id, null, record);
      return toBill(record, ctx.settings.currency);
    },
  );
}
