import * as z from 'zod/mini';
import { HotleadsError, localDate } from '@hotleads/core';
import { parseAmount, type Amount } from '../money/parseAmount';
import { CREDIT_NOTE_REASONS, type CreditNoteReason } from '../settings/settings';
import type { Actor } from '../store/types';
import { actorSchema, amountInput, keySchema, text } from './schemas';
import { runWrite, type LedgerContext } from './context';
import { issueCreditNote } from './posting';
import { toCreditNote, type CreditNote } from './views';
import { parseInput } from '../input/readInput';

/** Request of `ledger.createCreditNote`. */
export type CreateCreditNoteRequest = {
  paymentId: string;
  /** Default: everything still creditable on the payment. 0 < amount ≤ amount − earlier credit notes. */
  amount?: Amount;
  reason: CreditNoteReason;
  /** At most `settings.remarksMaxLength` characters. */
  remarks?: string;
  actor: Actor;
  idempotencyKey?: string;
};

const schema = /* @__PURE__ */ (() =>
  z.object({
    paymentId: text,
    amount: z.optional(amountInput),
    reason: z.enum(CREDIT_NOTE_REASONS, { message: `Reason must be one of: ${CREDIT_NOTE_REASONS.join(', ')}` }),
    remarks: z.optional(z.string()),
    actor: actorSchema,
    idempotencyKey: keySchema,
  }))();

/**
 * Issues a credit note on a posted payment (`credit` permission). It holds money already received,
 * so it does not move the consumer's balance.
 *
 * @throws HotleadsError `INVALID_REQUEST`, `INVALID_AMOUNT`, `NOT_FOUND`, `CONFLICT`, `FORBIDDEN`.
 */
export async function createCreditNote(ctx: LedgerContext, request: CreateCreditNoteRequest): Promise<CreditNote> {
  const s = ctx.settings;
  const r = parseInput(schema, request, 'INVALID_REQUEST', 'credit note');
  const requested = r.amount === undefined ? null : parseAmount(r.amount, s.currency, { path: ['amount'] });
  if (r.remarks !== undefined && r.remarks.length > s.remarksMaxLength)
    throw new HotleadsError('INVALID_REQUEST', 'Remarks are too long', { path: ['remarks'] });
  return runWrite(
    ctx,
    {
      operation: 'createCreditNote',
      actor: r.actor,
      permission: 'credit',
      idempotencyKey: r.idempotencyKey ?? null,
      body: { ...r, idempotencyKey: undefined },
    },
    async (tx, scope) => {
      const unlocked = await tx.get('payments', r.paymentId);
      if (unlocked !== undefined) await tx.lockAccount(unlocked.accountNumber);
      const payment = unlocked && (await tx.get('payments', r.paymentId));
      if (payment === undefined)
        throw new HotleadsError('NOT_FOUND', 'No payment with this id', { path: ['paymentId'] });
      if (payment.status !== 'Posted')
        throw new HotleadsError('CONFLICT', 'Credit notes can be issued on posted payments only', {
          path: ['paymentId'],
        });
      const creditable = payment.amount - payment.credited;
      const amount = requested ?? creditable;
      if (amount <= 0)
        throw new HotleadsError('INVALID_AMOUNT', 'Nothing is left to credit on this payment', { path: ['amount'] });
      if (amount > creditable)
        throw new HotleadsError('INVALID_AMOUNT', 'Credit amount exceeds what is left of the payment', {
          path: ['amount'],
        });
      const note = await issueCreditNote(
        ctx,
        tx,
        scope,
        payment,
        amount,
        r.reason,
        r.remarks === undefined || r.remarks === '' ? null : r.remarks,
        r.actor,
      );
      const after = {
        ...payment,
        credited: payment.credited + amount,
        creditNoteNumbers: [...payment.creditNoteNumbers, note.id],
      };
      await tx.put('payments', after);
      await scope.audit('payment.credited', 'payment', payment.id, payment, after);
      const consumer = await tx.get('consumers', payment.accountNumber);
      return toCreditNote(note, s, localDate(scope.now, s.timeZone), consumer?.name ?? '');
    },
  );
}
