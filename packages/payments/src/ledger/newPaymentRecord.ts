import type { ConsumerRecord, LedgerWriteTx, PaymentRecord } from '../store/types';
import { drawNumber, type LedgerContext } from './context';

/** What differs between a payment recorded by a user and one received from a gateway. */
export type NewPaymentFields = Pick<
  PaymentRecord,
  | 'accountNumber'
  | 'type'
  | 'amount'
  | 'method'
  | 'channel'
  | 'status'
  | 'source'
  | 'date'
  | 'recordedAt'
  | 'recordedBy'
  | 'tendered'
  | 'changeGiven'
  | 'notes'
  | 'allocations'
  | 'gateway'
>;

/**
 * Creates a payment record inside the write transaction `tx`: its payment id, transaction id and
 * receipt number drawn in that order (for the payment's local `day`), the consumer as it is now
 * for the receipt, and every later-stage field (credit notes, balances, verification,
 * cancellation) empty. The record is inserted create-only (`tx.insert`), so a payment id can
 * never be written twice; later stages change it with `tx.put`. Used by `recordPayment` and
 * `ingestGatewayEvent`.
 */
export async function newPaymentRecord(
  ctx: LedgerContext,
  tx: LedgerWriteTx,
  day: string,
  consumer: Pick<ConsumerRecord, 'name' | 'serviceAddress' | 'phone' | 'email'>,
  fields: NewPaymentFields,
): Promise<PaymentRecord> {
  const id = await drawNumber(ctx, tx, 'payment', day);
  const transactionId = await drawNumber(ctx, tx, 'transaction', day);
  const receiptNumber = await drawNumber(ctx, tx, 'receipt', day);
  const record: PaymentRecord = {
    id,
    transactionId,
    receiptNumber,
    accountNumber: fields.accountNumber,
    type: fields.type,
    amount: fields.amount,
    method: fields.method,
    channel: fields.channel,
    status: fields.status,
    verification: 'Pending',
    source: fields.source,
    date: fields.date,
    recordedAt: fields.recordedAt,
    recordedBy: fields.recordedBy,
    tendered: fields.tendered,
    changeGiven: fields.changeGiven,
    notes: fields.notes,
    allocations: fields.allocations,
    consumer: {
      name: consumer.name,
      serviceAddress: consumer.serviceAddress,
      phone: consumer.phone,
      email: consumer.email,
    },
    creditNoteNumbers: [],
    overpaymentNote: null,
    credited: 0,
    balanceBefore: null,
    balanceAfter: null,
    processingMs: null,
    gateway: fields.gateway,
    verifiedAt: null,
    verifiedBy: null,
    cancelledAt: null,
    cancelledBy: null,
    cancelReason: null,
  };
  await tx.insert('payments', record);
  return record;
}
