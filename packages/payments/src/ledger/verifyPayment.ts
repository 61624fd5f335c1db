import * as z from 'zod/mini';
import { HotleadsError, localDate } from '@hotleads/core';
import type { Actor, PaymentRecord } from '../store/types';
import { actorSchema, keySchema, text } from './schemas';
import { runWrite, type LedgerContext } from './context';
import { loadPaymentItems, postPayment } from './posting';
import { toCreditNote, toPayment, toReceipt } from './views';
import type { RecordPaymentResult } from './recordPayment';
import { parseInput } from '../input/readInput';

/** Request of `ledger.verifyPayment`. */
export type VerifyPaymentRequest = { paymentId: string; actor: Actor; idempotencyKey?: string };

const schema = /* @__PURE__ */ (() => z.object({ paymentId: text, actor: actorSchema, idempotencyKey: keySchema }))();

/**
 * Verifies a pending online payment: posts it (allocation, balance, overpayment credit note) and
 * sets its processing time to the days from the gateway event to now.
 *
 * @throws HotleadsError `NOT_FOUND`, `CONFLICT` (not a pending online payment), `FORBIDDEN`.
 */
export async function verifyPayment(ctx: LedgerContext, request: VerifyPaymentRequest): Promise<RecordPaymentResult> {
  const s = ctx.settings;
  const r = parseInput(schema, request, 'INVALID_REQUEST', 'verification');
  return runWrite(
    ctx,
    {
      operation: 'verifyPayment',
      actor: r.actor,
      permission: 'verify',
      idempotencyKey: r.idempotencyKey ?? null,
      body: { ...r, idempotencyKey: undefined },
    },
    async (tx, scope) => {
      const unlocked = await tx.get('payments', r.paymentId);
      if (unlocked !== undefined) await tx.lockAccount(unlocked.accountNumber);
      const before = unlocked && (await tx.get('payments', r.paymentId));
      if (before === undefined)
        throw new HotleadsError('NOT_FOUND', 'No payment with this id', { path: ['paymentId'] });
      if (before.source !== 'gateway' || before.status !== 'Pending')
        throw new HotleadsError('CONFLICT', 'Only a pending online payment can be verified', { path: ['paymentId'] });
      const consumer = (await tx.get('consumers', before.accountNumber))!;
      const items = await loadPaymentItems(
        ctx,
        tx,
        before.type,
        before.allocations.map((a) => a.item),
        before.accountNumber,
        false,
      );
      const draft: PaymentRecord = {
        ...before,
        verifiedAt: scope.now,
        verifiedBy: { id: r.actor.id, name: r.actor.name, role: r.actor.role },
        processingMs: Math.max(0, scope.now - before.gateway!.occurredAt),
      };
      const posted = await postPayment(ctx, tx, scope, draft, consumer, items, r.actor, null);
      await scope.audit('payment.verified', 'payment', before.id, before, posted.payment);
      const result: RecordPaymentResult = {
        payment: toPayment(posted.payment, s, consumer.name),
        receipt: toReceipt(posted.payment, s, posted.creditNote),
      };
      if (posted.creditNote !== undefined)
        result.creditNote = toCreditNote(posted.creditNote, s, localDate(scope.now, s.timeZone), consumer.name);
      return result;
    },
  );
}
