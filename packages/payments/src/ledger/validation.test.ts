import { describe, expect, it } from 'vitest';
import { HotleadsError } from '@hotleads/core';
import type { Ledger } from '../createLedger';
import { admin, cashPayment, jane, manager, sampleWorld, seedSample, type SampleWorld } from '../testing/sampleData';

/** The sample data, a second consumer, a posted payment (key k-base) with its $4.50 Overpayment note CN-46129, and a $100 note CN-46130. */
async function baseWorld(): Promise<SampleWorld> {
  const world = sampleWorld();
  const { ledger } = world;
  await seedSample(ledger);
  await ledger.addConsumer({ accountNumber: 'WU-10002', name: 'Mary Major', balance: '80.00' });
  await ledger.addBill({
    accountNumber: 'WU-10002',
    invoiceNumber: 'INV-2025-009999',
    period: 'Mar 2025',
    amount: '80.00',
    issuedAt: '2025-03-31T12:00:00Z',
    dueDate: '2025-04-15',
  });
  await ledger.recordPayment({ ...cashPayment, amount: '150.00', changeGiven: '0', idempotencyKey: 'k-base' });
  await ledger.createCreditNote({
    paymentId: 'PAY-2025-004521',
    amount: '100.00',
    reason: 'Billing Adjustment',
    actor: manager,
  });
  return world;
}

const card = {
  accountNumber: 'WU-10001',
  type: 'service' as const,
  items: ['SC-LATE'],
  amount: '25.00',
  method: 'Credit Card',
  actor: jane,
};
const apply = (over: Record<string, unknown> = {}) => ({
  creditNoteNumber: 'CN-46130',
  item: { type: 'service' as const, id: 'SC-LATE' },
  amount: '10.00',
  actor: manager,
  ...over,
});

type Case = {
  name: string;
  code: string;
  path?: Array<string | number>;
  run: (l: Ledger, w: SampleWorld) => Promise<unknown>;
};

const cases: Case[] = [
  // recordPayment: consumer, type, items
  {
    name: 'payment without a consumer',
    code: 'INVALID_REQUEST',
    path: ['accountNumber'],
    run: (l) => l.recordPayment({ ...card, accountNumber: '' }),
  },
  {
    name: 'payment for an unknown consumer',
    code: 'NOT_FOUND',
    path: ['accountNumber'],
    run: (l) => l.recordPayment({ ...card, accountNumber: 'WU-404' }),
  },
  {
    name: 'payment without a type',
    code: 'INVALID_REQUEST',
    path: ['type'],
    run: (l) => l.recordPayment({ ...card, type: undefined as never }),
  },
  {
    name: 'payment of an unknown type',
    code: 'INVALID_REQUEST',
    path: ['type'],
    run: (l) => l.recordPayment({ ...card, type: 'donation' as never }),
  },
  {
    name: 'payment without items',
    code: 'INVALID_REQUEST',
    path: ['items'],
    run: (l) => l.recordPayment({ ...card, items: [] }),
  },
  {
    name: 'payment for an unknown item',
    code: 'NOT_FOUND',
    path: ['items', 0],
    run: (l) => l.recordPayment({ ...card, items: ['SC-NOPE'] }),
  },
  {
    name: 'payment for an item of another type',
    code: 'NOT_FOUND',
    path: ['items', 0],
    run: (l) => l.recordPayment({ ...card, type: 'bill', items: ['SC-LATE'] }),
  },
  {
    name: 'payment for another consumer’s bill',
    code: 'NOT_FOUND',
    path: ['items', 0],
    run: (l) => l.recordPayment({ ...card, type: 'bill', items: ['INV-2025-009999'] }),
  },
  {
    name: 'payment for a malformed installment id',
    code: 'NOT_FOUND',
    path: ['items', 0],
    run: (l) => l.recordPayment({ ...card, type: 'installment', items: ['PP-2025-0034'] }),
  },
  {
    name: 'payment selecting an item twice',
    code: 'INVALID_REQUEST',
    path: ['items'],
    run: (l) => l.recordPayment({ ...card, items: ['SC-LATE', 'SC-LATE'] }),
  },
  {
    name: 'payment for a settled bill',
    code: 'INVALID_REQUEST',
    path: ['items', 0],
    run: (l) => l.recordPayment({ ...card, type: 'bill', items: ['INV-2025-001234'] }),
  },
  // amount
  {
    name: 'payment without an amount',
    code: 'INVALID_REQUEST',
    path: ['amount'],
    run: (l) => l.recordPayment({ ...card, amount: undefined as never }),
  },
  {
    name: 'payment of zero',
    code: 'INVALID_AMOUNT',
    path: ['amount'],
    run: (l) => l.recordPayment({ ...card, amount: '0.00' }),
  },
  {
    name: 'negative payment',
    code: 'INVALID_AMOUNT',
    path: ['amount'],
    run: (l) => l.recordPayment({ ...card, amount: -5 }),
  },
  {
    name: 'amount with three decimals',
    code: 'INVALID_AMOUNT',
    path: ['amount'],
    run: (l) => l.recordPayment({ ...card, amount: '10.005' }),
  },
  {
    name: 'amount that is a binary-float artefact',
    code: 'INVALID_AMOUNT',
    path: ['amount'],
    run: (l) => l.recordPayment({ ...card, amount: 0.1 + 0.2 }),
  },
  {
    name: 'amount that is not a number',
    code: 'INVALID_AMOUNT',
    path: ['amount'],
    run: (l) => l.recordPayment({ ...card, amount: '12,50' }),
  },
  {
    name: 'amount above balance + overpayment threshold',
    code: 'INVALID_AMOUNT',
    path: ['amount'],
    run: (l) => l.recordPayment({ ...card, amount: '195.76' }),
  },
  // method, channel, date, notes
  {
    name: 'payment without a method',
    code: 'INVALID_REQUEST',
    path: ['method'],
    run: (l) => l.recordPayment({ ...card, method: '' }),
  },
  {
    name: 'payment with an unconfigured method',
    code: 'INVALID_REQUEST',
    path: ['method'],
    run: (l) => l.recordPayment({ ...card, method: 'Bitcoin' }),
  },
  {
    name: 'payment with an unconfigured channel',
    code: 'INVALID_REQUEST',
    path: ['channel'],
    run: (l) => l.recordPayment({ ...card, channel: 'Carrier Pigeon' }),
  },
  {
    name: 'payment dated in the future',
    code: 'INVALID_TIME',
    path: ['date'],
    run: (l) => l.recordPayment({ ...card, date: '2025-04-20T14:30:01Z' }),
  },
  {
    name: 'payment date without a zone',
    code: 'INVALID_TIME',
    path: ['date'],
    run: (l) => l.recordPayment({ ...card, date: '2025-04-20T10:00:00' }),
  },
  {
    name: 'notes over the length limit',
    code: 'INVALID_REQUEST',
    path: ['notes'],
    run: (l) => l.recordPayment({ ...card, notes: 'x'.repeat(501) }),
  },
  // cash
  {
    name: 'cash received on a card payment',
    code: 'INVALID_REQUEST',
    path: ['tendered'],
    run: (l) => l.recordPayment({ ...card, tendered: '30.00' }),
  },
  {
    name: 'change given without cash received',
    code: 'INVALID_REQUEST',
    path: ['tendered'],
    run: (l) => l.recordPayment({ ...card, method: 'Cash', changeGiven: '5.00' }),
  },
  {
    name: 'amount ≠ cash received − change',
    code: 'INVALID_AMOUNT',
    path: ['amount'],
    run: (l) => l.recordPayment({ ...card, method: 'Cash', tendered: '30.00', changeGiven: '4.00' }),
  },
  {
    name: 'change larger than cash received',
    code: 'INVALID_AMOUNT',
    path: ['amount'],
    run: (l) => l.recordPayment({ ...card, method: 'Cash', tendered: '30.00', changeGiven: '40.00' }),
  },
  // actor and idempotency
  {
    name: 'payment without an actor',
    code: 'INVALID_REQUEST',
    path: ['actor'],
    run: (l) => l.recordPayment({ ...card, actor: undefined as never }),
  },
  {
    name: 'payment by a role without the record right',
    code: 'FORBIDDEN',
    path: ['actor', 'role'],
    run: (l) => l.recordPayment({ ...card, actor: { id: 'u-x', name: 'Intern', role: 'auditor' } }),
  },
  {
    name: 'idempotency key reused with another body',
    code: 'CONFLICT',
    path: ['idempotencyKey'],
    run: (l) => l.recordPayment({ ...card, idempotencyKey: 'k-base' }),
  },
  // createCreditNote
  {
    name: 'credit note on an unknown payment',
    code: 'NOT_FOUND',
    path: ['paymentId'],
    run: (l) => l.createCreditNote({ paymentId: 'PAY-0', amount: '1.00', reason: 'Other', actor: manager }),
  },
  {
    name: 'credit note of zero',
    code: 'INVALID_AMOUNT',
    path: ['amount'],
    run: (l) => l.createCreditNote({ paymentId: 'PAY-2025-004521', amount: '0', reason: 'Other', actor: manager }),
  },
  {
    name: 'negative credit note',
    code: 'INVALID_AMOUNT',
    path: ['amount'],
    run: (l) => l.createCreditNote({ paymentId: 'PAY-2025-004521', amount: '-1.00', reason: 'Other', actor: manager }),
  },
  {
    name: 'credit note above what is left of the payment',
    code: 'INVALID_AMOUNT',
    path: ['amount'],
    run: (l) => l.createCreditNote({ paymentId: 'PAY-2025-004521', amount: '45.51', reason: 'Other', actor: manager }),
  },
  {
    name: 'credit note with too many decimals',
    code: 'INVALID_AMOUNT',
    path: ['amount'],
    run: (l) => l.createCreditNote({ paymentId: 'PAY-2025-004521', amount: '1.001', reason: 'Other', actor: manager }),
  },
  {
    name: 'credit note without a reason',
    code: 'INVALID_REQUEST',
    path: ['reason'],
    run: (l) =>
      l.createCreditNote({ paymentId: 'PAY-2025-004521', amount: '1.00', reason: undefined as never, actor: manager }),
  },
  {
    name: 'credit note with an unknown reason',
    code: 'INVALID_REQUEST',
    path: ['reason'],
    run: (l) =>
      l.createCreditNote({ paymentId: 'PAY-2025-004521', amount: '1.00', reason: 'Because' as never, actor: manager }),
  },
  {
    name: 'credit note remarks over 500 characters',
    code: 'INVALID_REQUEST',
    path: ['remarks'],
    run: (l) =>
      l.createCreditNote({
        paymentId: 'PAY-2025-004521',
        amount: '1.00',
        reason: 'Other',
        remarks: 'r'.repeat(501),
        actor: manager,
      }),
  },
  {
    name: 'credit note by a role without the credit right',
    code: 'FORBIDDEN',
    path: ['actor', 'role'],
    run: (l) => l.createCreditNote({ paymentId: 'PAY-2025-004521', amount: '1.00', reason: 'Other', actor: jane }),
  },
  // applyCreditNote
  {
    name: 'applying an unknown credit note',
    code: 'NOT_FOUND',
    path: ['creditNoteNumber'],
    run: (l) => l.applyCreditNote(apply({ creditNoteNumber: 'CN-1' })),
  },
  {
    name: 'applying more than the note has left',
    code: 'INVALID_AMOUNT',
    path: ['amount'],
    run: (l) =>
      l.applyCreditNote(
        apply({ creditNoteNumber: 'CN-46129', amount: '4.51', item: { type: 'bill', id: 'INV-2025-001567' } }),
      ),
  },
  {
    name: 'applying more than the item owes',
    code: 'INVALID_AMOUNT',
    path: ['amount'],
    run: (l) => l.applyCreditNote(apply({ amount: '25.01' })),
  },
  {
    name: 'applying to another consumer’s bill',
    code: 'NOT_FOUND',
    path: ['item', 'id'],
    run: (l) => l.applyCreditNote(apply({ item: { type: 'bill', id: 'INV-2025-009999' } })),
  },
  {
    name: 'applying to a settled bill',
    code: 'INVALID_REQUEST',
    path: ['item', 'id'],
    run: (l) => l.applyCreditNote(apply({ item: { type: 'bill', id: 'INV-2025-001234' } })),
  },
  {
    name: 'applying an expired note',
    code: 'CONFLICT',
    path: ['creditNoteNumber'],
    run: (l, w) => (w.setNow('2026-04-21T14:30:00Z'), l.applyCreditNote(apply())),
  },
  {
    name: 'applying by a role without the credit right',
    code: 'FORBIDDEN',
    path: ['actor', 'role'],
    run: (l) => l.applyCreditNote(apply({ actor: jane })),
  },
  // cancel / verify / gateway
  {
    name: 'cancelling by a non-admin',
    code: 'FORBIDDEN',
    path: ['actor', 'role'],
    run: (l) => l.cancelPayment({ paymentId: 'PAY-2025-004521', reason: 'mistake', actor: manager }),
  },
  {
    name: 'cancelling without a reason',
    code: 'INVALID_REQUEST',
    path: ['reason'],
    run: (l) => l.cancelPayment({ paymentId: 'PAY-2025-004521', reason: ' ', actor: admin }),
  },
  {
    name: 'cancelling an unknown payment',
    code: 'NOT_FOUND',
    path: ['paymentId'],
    run: (l) => l.cancelPayment({ paymentId: 'PAY-0', reason: 'mistake', actor: admin }),
  },
  {
    name: 'verifying a user-recorded payment',
    code: 'CONFLICT',
    path: ['paymentId'],
    run: (l) => l.verifyPayment({ paymentId: 'PAY-2025-004521', actor: manager }),
  },
  {
    name: 'verifying by a role without the verify right',
    code: 'FORBIDDEN',
    path: ['actor', 'role'],
    run: (l) => l.verifyPayment({ paymentId: 'PAY-2025-004521', actor: jane }),
  },
  {
    name: 'a gateway status without a mapping',
    code: 'INVALID_REQUEST',
    path: ['status'],
    run: (l) =>
      l.ingestGatewayEvent({
        provider: 'stripe',
        eventId: 'evt_1',
        gatewayPaymentId: 'pi_1',
        status: 'requires_action',
        accountNumber: 'WU-10001',
        type: 'service',
        items: ['SC-LATE'],
        amount: '25.00',
        occurredAt: '2025-04-18T10:00:00Z',
      }),
  },
  {
    name: 'a gateway event for an unknown consumer',
    code: 'NOT_FOUND',
    path: ['accountNumber'],
    run: (l) =>
      l.ingestGatewayEvent({
        provider: 'stripe',
        eventId: 'evt_1',
        gatewayPaymentId: 'pi_1',
        status: 'succeeded',
        accountNumber: 'WU-404',
        type: 'service',
        items: ['SC-LATE'],
        amount: '25.00',
        occurredAt: '2025-04-18T10:00:00Z',
      }),
  },
];

describe('every validation rule refuses with a HotleadsError, writes nothing and consumes no number', () => {
  it.each(cases)('$name → $code', async ({ code, path, run }) => {
    const world = await baseWorld();
    const before = world.memory.dump();
    const error = await run(world.ledger, world).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(HotleadsError);
    expect((error as HotleadsError).code).toBe(code);
    if (path !== undefined) expect((error as HotleadsError).path).toEqual(path);
    const after = world.memory.dump();
    if (code === 'FORBIDDEN') {
      // A refusal for lack of rights is audited, and that is the only change.
      expect(after.audit.slice(0, -1)).toEqual(before.audit);
      expect(after.audit.at(-1)).toMatchObject({
        action: 'permission.denied',
        actor: { role: expect.any(String) },
        after: { role: expect.any(String) },
      });
      expect({ ...after, audit: before.audit }).toEqual(before);
    } else {
      expect(after).toEqual(before);
    }
    // The next write gets the next numbers: none was consumed by the refusal.
    const next = await world.ledger.recordPayment({
      ...card,
      method: 'Cash',
      amount: '30.00',
      tendered: '30.00',
      date: world.now() - 1000,
    });
    expect(next.payment.id).toMatch(/^PAY-\d{4}-004522$/);
    expect(next.payment.transactionId).toMatch(/^TXN-\d{4}-008935$/);
    expect(next.payment.receiptNumber).toBe('R-5002');
    expect(next.creditNote?.number).toBe('CN-46131');
  });

  it('accepts exactly balance + threshold (the bound is inclusive)', async () => {
    const { ledger } = await baseWorld();
    const { payment, creditNote } = await ledger.recordPayment({ ...card, amount: '195.75' });
    expect(payment.amount).toBe('195.75');
    expect(creditNote?.amount).toBe('170.75');
    expect((await ledger.getConsumer('WU-10001')).balance).toBe('-100.00');
  });
});
