import * as z from 'zod/mini';
import { HotleadsError } from '@hotleads/core';
import type { Actor, ConsumerRecord, PaymentRecord } from '../store/types';
import { actorSchema, keySchema, text } from './schemas';
import { runWrite, type LedgerContext } from './context';
import { saveItemChanges } from './items';
import { toPayment, type Payment } from './views';
import { parseInput } from '../input/readInput';

/** Request of `ledger.cancelPayment`. */
export type CancelPaymentRequest = { paymentId: string; reason: string; actor: Actor; idempotencyKey?: string };

const schema = /* @__PURE__ */ (() =>
  z.object({ paymentId: text, reason: text, actor: actorSchema, idempotencyKey: keySchema }))();

/**
 * Cancels a payment (admin action, `reverse` permission, audited). A posted payment is reversed:
 * its items owe again what it paid, the consumer's balance goes back up, and its credit notes
 * become `Void`; refused when one of them was already applied. A pending one is just cancelled.
 *
 * @throws HotleadsError `FORBIDDEN`, `NOT_FOUND`, `CONFLICT`.
 */
export async function cancelPayment(ctx: LedgerContext, request: CancelPaymentRequest): Promise<Payment> {
  const s = ctx.settings;
  const r = parseInput(schema, request, 'INVALID_REQUEST', 'cancellation');
  return runWrite(
    ctx,
    {
      operation: 'cancelPayment',
      actor: r.actor,
      permission: 'reverse',
      idempotencyKey: r.idempotencyKey ?? null,
      body: { ...r, idempotencyKey: undefined },
    },
    async (tx, scope) => {
      const unlocked = await tx.get('payments', r.paymentId);
      if (unlocked !== undefined) await tx.lockAccount(unlocked.accountNumber);
      const before = unlocked && (await tx.get('payments', r.paymentId));
      if (before === undefined)
        throw new HotleadsError('NOT_FOUND', 'No payment with this id', { path: ['paymentId'] });
      if (before.status !== 'Posted' && before.status !== 'Pending')
        throw new HotleadsError('CONFLICT', 'Only a posted or pending payment can be cancelled', {
          path: ['paymentId'],
        });
      const consumer = (await tx.get('consumers', before.accountNumber)) as ConsumerRecord;
      const after: PaymentRecord = {
        ...before,
        status: 'Cancelled',
        cancelledAt: scope.now,
        cancelledBy: { id: r.actor.id, name: r.actor.name, role: r.actor.role },
        cancelReason: r.reason,
      };
      if (before.status === 'Posted') {
        const notes = [];
        for (const n of before.creditNoteNumbers) {
          const note = (await tx.get('creditNotes', n))!;
          if (note.applied > 0)
            throw new HotleadsError('CONFLICT', 'A credit note of this payment was already applied', {
              path: ['paymentId'],
            });
          notes.push(note);
        }
        const changes = await saveItemChanges(
          tx,
          before.allocations
            .filter((a) => a.applied > 0)
            .map((a) => ({ type: before.type, id: a.item, paidDelta: -a.applied, creditedDelta: 0 })),
        );
        for (const c of changes) await scope.audit(`${c.entityType}.reversed`, c.entityType, c.id, c.before, c.after);
        const consumerAfter = { ...consumer, balance: consumer.balance + before.amount };
        await tx.put('consumers', consumerAfter);
        await scope.audit('consumer.balanceChanged', 'consumer', consumer.id, consumer, consumerAfter);
        for (const note of notes) {
          const voided = { ...note, voided: true };
          await tx.put('creditNotes', voided);
          await scope.audit('creditNote.voided', 'creditNote', note.id, note, voided);
        }
      }
      await tx.put('payments', after);
      await scope.audit('payment.cancelled', 'payment', after.id, before, after);
      return toPayment(after, s, consumer.name);
    },
  );
}
