import { describe, expect, it } from 'vitest';
import { HotleadsError } from '@hotleads/core';
import { admin, cashPayment, jane, manager, sampleWorld, seedSample } from '../testing/sampleData';

const stripe = (over: Record<string, unknown> = {}) => ({
  provider: 'stripe',
  eventId: 'evt_1',
  gatewayPaymentId: 'pi_1',
  status: 'succeeded',
  accountNumber: 'WU-10001',
  type: 'bill' as const,
  items: ['INV-2025-001234'],
  amount: '145.50',
  occurredAt: '2025-04-18T02:30:00Z',
  ...over,
});

describe('online payments', () => {
  it('maps Stripe "succeeded" to In Settlement / In Progress and keeps the payment Pending until verified', async () => {
    const { ledger } = sampleWorld();
    await seedSample(ledger);
    const pending = await ledger.ingestGatewayEvent(stripe());
    expect(pending).toMatchObject({
      status: 'Pending',
      verification: 'Pending',
      recordedBy: 'System',
      processingTime: 'N/A',
      channel: 'Online',
      method: 'Credit Card',
      source: 'gateway',
      receiptNumber: 'R-5001',
    });
    expect(pending.gateway).toMatchObject({
      provider: 'stripe',
      gatewayStatus: 'succeeded',
      webhookStatus: 'In Settlement',
      settlementStatus: 'In Progress',
    });
    // Pending money moves nothing yet.
    expect((await ledger.getConsumer('WU-10001')).balance).toBe('245.75');
    expect((await ledger.unpaidItems('WU-10001', 'bill')).map((b) => b.outstanding)).toEqual(['145.50', '152.25']);
    const kpisBefore = await ledger.kpis({ month: '2025-04', today: '2025-04-20' });
    expect(kpisBefore.totalCollected.amount).toBe('0.00');

    // Verified 2.3 days after the event: posted, verified, processing time in days.
    const { payment, receipt } = await ledger.verifyPayment({ paymentId: pending.id, actor: manager });
    expect(payment).toMatchObject({
      status: 'Posted',
      verification: 'Verified',
      processingTime: '2.5 days',
      verifiedBy: 'Maria Lopez',
      recordedBy: 'System',
    });
    expect(receipt.processing).toEqual({
      status: 'Posted',
      receivedBy: 'System',
      processingTime: '2.5 days',
      verification: 'Verified',
    });
    expect((await ledger.getConsumer('WU-10001')).balance).toBe('100.25');
    expect((await ledger.kpis({ month: '2025-04', today: '2025-04-20' })).totalCollected.amount).toBe('145.50');
  });

  it('computes a 2.3 days processing time for a payment verified 55.2 hours after its gateway event', async () => {
    const { ledger } = sampleWorld();
    await seedSample(ledger);
    // 2.3 days = 55.2 hours before 2025-04-20T14:30Z
    const p = await ledger.ingestGatewayEvent(stripe({ occurredAt: '2025-04-18T07:18:00Z' }));
    expect((await ledger.verifyPayment({ paymentId: p.id, actor: manager })).payment.processingTime).toBe('2.3 days');
  });

  it('maps "failed" to Failed / N/A; a redelivered event returns the first result; a later event updates the payment', async () => {
    const { ledger, memory } = sampleWorld();
    await seedSample(ledger);
    const first = await ledger.ingestGatewayEvent(stripe());
    expect(await ledger.ingestGatewayEvent(stripe())).toEqual(first);
    await expect(ledger.ingestGatewayEvent(stripe({ amount: '1.00' }))).rejects.toMatchObject({ code: 'CONFLICT' });
    const failed = await ledger.ingestGatewayEvent(stripe({ eventId: 'evt_2', status: 'failed' }));
    expect(failed).toMatchObject({
      id: first.id,
      status: 'Failed',
      gateway: { webhookStatus: 'Failed', settlementStatus: 'N/A' },
    });
    expect(memory.dump().collections.payments).toHaveLength(1);
    await expect(ledger.verifyPayment({ paymentId: first.id, actor: manager })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    const other = await ledger.ingestGatewayEvent(
      stripe({ eventId: 'evt_3', gatewayPaymentId: 'pi_2', status: 'failed' }),
    );
    expect(other.status).toBe('Failed');
    expect(other.receiptNumber).toBe('R-5002');
  });

  it('an online overpayment becomes a credit note when verified', async () => {
    const { ledger } = sampleWorld();
    await seedSample(ledger);
    const p = await ledger.ingestGatewayEvent(stripe({ amount: '150.00' }));
    expect(p.allocations[0]).toMatchObject({ due: '145.50', paid: '150.00', outcome: 'over' });
    const { creditNote } = await ledger.verifyPayment({ paymentId: p.id, actor: manager });
    expect(creditNote).toMatchObject({
      amount: '4.50',
      reason: 'Overpayment',
      createdBy: 'Maria Lopez',
      linkedReceipt: 'R-5001',
    });
  });
});

describe('credit notes', () => {
  it('expire after the configured calendar period (leap years included) and show as Expired', async () => {
    const { ledger, setNow } = sampleWorld();
    await seedSample(ledger);
    setNow('2027-04-20T14:30:00Z');
    await ledger.addConsumer({ accountNumber: 'WU-2', name: 'Leap Year', balance: '10.00' });
    await ledger.addServiceCharge({
      accountNumber: 'WU-2',
      id: 'S-1',
      description: 'Fee',
      amount: '5.00',
      serviceDate: '2027-04-01',
    });
    const { creditNote } = await ledger.recordPayment({
      accountNumber: 'WU-2',
      type: 'service',
      items: ['S-1'],
      amount: '10.00',
      method: 'Check',
      actor: jane,
    });
    expect(creditNote?.expiresAt).toBe('2028-04-20');
    setNow('2028-04-21T03:59:59Z'); // still Apr 20 in New York
    expect((await ledger.getCreditNote(creditNote!.number)).status).toBe('Active');
    setNow('2028-04-21T04:00:00Z'); // Apr 21 in New York
    expect((await ledger.getCreditNote(creditNote!.number)).status).toBe('Expired');
  });

  it('honours creditNoteExpiryDays from settings', async () => {
    const { ledger } = sampleWorld({ settings: { creditNoteExpiryDays: 30 } });
    await seedSample(ledger);
    const { creditNote } = await ledger.recordPayment({ ...cashPayment, amount: '150.00', changeGiven: '0' });
    expect(creditNote?.expiresAt).toBe('2025-05-20');
  });

  it('a fully applied note refuses further application', async () => {
    const { ledger } = sampleWorld();
    await seedSample(ledger);
    await ledger.recordPayment({ ...cashPayment, amount: '150.00', changeGiven: '0' });
    await ledger.applyCreditNote({
      creditNoteNumber: 'CN-46129',
      item: { type: 'service', id: 'SC-LATE' },
      actor: manager,
    });
    const error = await ledger
      .applyCreditNote({ creditNoteNumber: 'CN-46129', item: { type: 'service', id: 'SC-LATE' }, actor: manager })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HotleadsError);
    expect(error).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('fully applied') });
  });

  it('can be applied to an installment', async () => {
    const { ledger } = sampleWorld();
    await seedSample(ledger);
    await ledger.recordPayment({ ...cashPayment, amount: '150.00', changeGiven: '0' });
    const note = await ledger.applyCreditNote({
      creditNoteNumber: 'CN-46129',
      item: { type: 'installment', id: 'PP-2025-0034#1' },
      actor: manager,
    });
    expect(note.status).toBe('Applied');
    expect((await ledger.getPlan('PP-2025-0034')).installments[0]).toMatchObject({
      credited: '4.50',
      outstanding: '63.00',
      status: 'partial',
    });
  });
});

describe('cancel / reverse', () => {
  it('an admin reverses a posted payment: items owe again, balance restored, credit notes void, audited', async () => {
    const { ledger } = sampleWorld();
    await seedSample(ledger);
    const { payment } = await ledger.recordPayment({ ...cashPayment, amount: '150.00', changeGiven: '0' });
    const cancelled = await ledger.cancelPayment({
      paymentId: payment.id,
      reason: 'Recorded on the wrong account',
      actor: admin,
    });
    expect(cancelled).toMatchObject({
      status: 'Cancelled',
      cancelledBy: 'Ada Admin',
      cancelReason: 'Recorded on the wrong account',
    });
    expect((await ledger.getConsumer('WU-10001')).balance).toBe('245.75');
    expect((await ledger.unpaidItems('WU-10001', 'bill'))[0]).toMatchObject({
      id: 'INV-2025-001234',
      outstanding: '145.50',
    });
    expect((await ledger.getCreditNote('CN-46129')).status).toBe('Void');
    const trail = await ledger.auditTrail({ entityId: payment.id });
    expect(trail.map((e) => e.action)).toEqual(['payment.recorded', 'payment.cancelled']);
    expect(trail[1]).toMatchObject({
      actor: { id: 'u-admin', role: 'admin' },
      before: { status: 'Posted' },
      after: { status: 'Cancelled' },
    });
    await expect(ledger.cancelPayment({ paymentId: payment.id, reason: 'again', actor: admin })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    await expect(
      ledger.createCreditNote({ paymentId: payment.id, amount: '1.00', reason: 'Other', actor: manager }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('refuses to reverse a payment whose credit note was applied', async () => {
    const { ledger, memory } = sampleWorld();
    await seedSample(ledger);
    const { payment } = await ledger.recordPayment({ ...cashPayment, amount: '150.00', changeGiven: '0' });
    await ledger.applyCreditNote({
      creditNoteNumber: 'CN-46129',
      item: { type: 'service', id: 'SC-LATE' },
      amount: '1.00',
      actor: manager,
    });
    const before = memory.dump();
    await expect(ledger.cancelPayment({ paymentId: payment.id, reason: 'x', actor: admin })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    expect(memory.dump()).toEqual(before);
  });
});

describe('idempotency', () => {
  it('the same key and body return the first result without writing again', async () => {
    const { ledger, memory } = sampleWorld();
    await seedSample(ledger);
    const first = await ledger.recordPayment({ ...cashPayment, idempotencyKey: 'k1' });
    const afterFirst = memory.dump();
    const again = await ledger.recordPayment({ ...cashPayment, idempotencyKey: 'k1' });
    expect(again).toEqual(first);
    expect(memory.dump()).toEqual(afterFirst);
    await expect(ledger.recordPayment({ ...cashPayment, notes: 'other', idempotencyKey: 'k1' })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    // The key covers credit notes and applications too.
    const note = await ledger.createCreditNote({
      paymentId: first.payment.id,
      amount: '5.00',
      reason: 'Other',
      actor: manager,
      idempotencyKey: 'k2',
    });
    expect(
      await ledger.createCreditNote({
        paymentId: first.payment.id,
        amount: '5.00',
        reason: 'Other',
        actor: manager,
        idempotencyKey: 'k2',
      }),
    ).toEqual(note);
    const applied = await ledger.applyCreditNote({
      creditNoteNumber: note.number,
      item: { type: 'service', id: 'SC-LATE' },
      amount: '1.00',
      actor: manager,
      idempotencyKey: 'k3',
    });
    expect(
      await ledger.applyCreditNote({
        creditNoteNumber: note.number,
        item: { type: 'service', id: 'SC-LATE' },
        amount: '1.00',
        actor: manager,
        idempotencyKey: 'k3',
      }),
    ).toEqual(applied);
    expect((await ledger.getCreditNote(note.number)).applied).toBe('1.00');
  });

  it('a replayed result cannot be changed through the returned object', async () => {
    const { ledger } = sampleWorld();
    await seedSample(ledger);
    const first = await ledger.recordPayment({ ...cashPayment, idempotencyKey: 'k1' });
    first.payment.amount = '0.01';
    expect((await ledger.recordPayment({ ...cashPayment, idempotencyKey: 'k1' })).payment.amount).toBe('145.50');
  });
});

describe('audit trail', () => {
  it('records who, when, what, before and after for every write', async () => {
    const { ledger } = sampleWorld();
    await seedSample(ledger);
    await ledger.recordPayment({ ...cashPayment, amount: '150.00', changeGiven: '0', idempotencyKey: 'k' });
    const trail = await ledger.auditTrail();
    expect(trail.map((e) => e.seq)).toEqual(trail.map((_, i) => i + 1));
    const actions = trail.map((e) => e.action);
    expect(actions.slice(0, 6)).toEqual([
      'consumer.created',
      'bill.created',
      'bill.created',
      'serviceCharge.created',
      'serviceCharge.created',
      'plan.created',
    ]);
    expect(actions.slice(6)).toEqual([
      'creditNote.created',
      'bill.paid',
      'consumer.balanceChanged',
      'payment.recorded',
    ]);
    const balance = trail.find((e) => e.action === 'consumer.balanceChanged')!;
    expect(balance).toMatchObject({
      at: '2025-04-20T14:30:00.000Z',
      actor: { id: 'u-jane', name: 'Jane Smith', role: 'customer-executive' },
      entityId: 'WU-10001',
      before: { balance: 24575 },
      after: { balance: 9575 },
      idempotencyKey: 'k',
    });
    expect(trail.find((e) => e.action === 'creditNote.created')).toMatchObject({
      before: null,
      after: { id: 'CN-46129', amount: 450, reason: 'Overpayment' },
    });
  });

  it('is append-only: a returned trail cannot alter the stored one', async () => {
    const { ledger } = sampleWorld();
    await seedSample(ledger);
    const trail = await ledger.auditTrail();
    trail.length = 0;
    expect(await ledger.auditTrail()).toHaveLength(6);
  });
});

describe('a failing store mid-transaction', () => {
  it('rolls back the whole payment and loses no number', async () => {
    const { failingStore } = await import('../testing/stores');
    let wrapper!: ReturnType<typeof failingStore>;
    const world = sampleWorld({ wrap: (m) => (wrapper = failingStore(m, 'payments')) });
    await seedSample(world.ledger);
    const before = world.memory.dump();
    wrapper.armed = true;
    // Numbers drawn, items and balance written, credit note stored — then the payment put fails.
    await expect(world.ledger.recordPayment({ ...cashPayment, amount: '150.00', changeGiven: '0' })).rejects.toThrow(
      'injected failure',
    );
    expect(world.memory.dump()).toEqual(before);
    wrapper.armed = false;
    const { payment, creditNote } = await world.ledger.recordPayment({
      ...cashPayment,
      amount: '150.00',
      changeGiven: '0',
    });
    expect([payment.id, payment.transactionId, payment.receiptNumber, creditNote?.number]).toEqual([
      'PAY-2025-004521',
      'TXN-2025-008934',
      'R-5001',
      'CN-46129',
    ]);
  });
});
