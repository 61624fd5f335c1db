import { describe, expect, it } from 'vitest';
import { cashPayment, jane, manager, sampleWorld, seedSample } from '../testing/sampleData';

describe('the sample data of docs/payments.md', () => {
  it('shows the consumer as searched: name, account, address, phone, email, balance', async () => {
    const { ledger } = sampleWorld();
    await seedSample(ledger);
    expect(await ledger.searchConsumers('john')).toEqual([
      {
        accountNumber: 'WU-10001',
        name: 'John Doe',
        serviceAddress: '123 Main Street, Cityville',
        phone: '(555) 123-4567',
        email: 'john.doe@example.com',
        balance: '245.75',
      },
    ]);
    expect((await ledger.searchConsumers('wu-100')).map((c) => c.name)).toEqual(['John Doe']);
    expect(await ledger.searchConsumers('jane')).toEqual([]);
  });

  it('lists unpaid bills, services and installments oldest due first', async () => {
    const { ledger } = sampleWorld();
    await seedSample(ledger);
    expect(
      (await ledger.unpaidItems('WU-10001', 'bill')).map((i) => [i.id, i.description, i.amount, i.dueDate]),
    ).toEqual([
      ['INV-2025-001234', 'Mar 2025', '145.50', '2025-04-15'],
      ['INV-2025-001567', 'Apr 2025', '152.25', '2025-05-15'],
    ]);
    expect((await ledger.unpaidItems('WU-10001', 'service')).map((i) => [i.description, i.amount, i.dueDate])).toEqual([
      ['Late Fee', '25.00', '2025-04-10'],
      ['Reconnection Fee', '75.00', '2025-04-18'],
    ]);
    expect((await ledger.unpaidItems('WU-10001', 'installment')).map((i) => [i.id, i.amount, i.dueDate])).toEqual([
      ['PP-2025-0034#1', '67.50', '2025-04-15'],
      ['PP-2025-0034#2', '67.50', '2025-05-15'],
      ['PP-2025-0034#3', '67.50', '2025-06-15'],
    ]);
  });

  it('defaults to the Walk-in channel and offers the configured channels and methods', async () => {
    const { ledger } = sampleWorld();
    const options = ledger.paymentOptions();
    expect(options.defaultChannel).toBe('Walk-in');
    expect(options.channels).toContain('Walk-in');
    expect(options.methods).toEqual(['Cash', 'Credit Card', 'Debit Card', 'Bank Transfer', 'Check']);
  });

  it('previews the payment summary (review and confirm) without writing anything', async () => {
    const { ledger, memory } = sampleWorld();
    await seedSample(ledger);
    const before = memory.dump();
    const preview = await ledger.previewPayment({
      accountNumber: 'WU-10001',
      type: 'bill',
      items: ['INV-2025-001567', 'INV-2025-001234'],
      amount: '200.00',
      method: 'Credit Card',
      actor: jane,
    });
    expect(preview).toEqual({
      consumer: {
        accountNumber: 'WU-10001',
        name: 'John Doe',
        serviceAddress: '123 Main Street, Cityville',
        phone: '(555) 123-4567',
        email: 'john.doe@example.com',
        balance: '245.75',
      },
      summary: { type: 'bill', channel: 'Walk-in', method: 'Credit Card', amount: '200.00', recordedBy: 'Jane Smith' },
      allocations: [
        {
          item: 'INV-2025-001234',
          itemType: 'bill',
          description: 'Mar 2025',
          dueDate: '2025-04-15',
          due: '145.50',
          paid: '145.50',
          difference: '0.00',
          outcome: 'exact',
        },
        {
          item: 'INV-2025-001567',
          itemType: 'bill',
          description: 'Apr 2025',
          dueDate: '2025-05-15',
          due: '152.25',
          paid: '54.50',
          difference: '-97.75',
          outcome: 'under',
        },
      ],
      outstanding: '97.75',
      overpayment: '0.00',
      creditNote: null,
      balanceAfter: '45.75',
    });
    expect((await ledger.previewPayment({ ...cashPayment, amount: '150.00', changeGiven: '0' })).overpayment).toBe(
      '4.50',
    );
    await expect(
      ledger.previewPayment({ ...cashPayment, amount: '345.76', tendered: '345.76', changeGiven: '0' }),
    ).rejects.toMatchObject({ code: 'INVALID_AMOUNT' });
    expect(memory.dump()).toEqual(before);
  });

  it('cash sample: $150.00 received on the $145.50 bill with $4.50 change is an exact payment', async () => {
    const { ledger } = sampleWorld();
    await seedSample(ledger);
    const { payment, receipt, creditNote } = await ledger.recordPayment(cashPayment);
    expect(creditNote).toBeUndefined();
    expect(payment).toMatchObject({
      id: 'PAY-2025-004521',
      transactionId: 'TXN-2025-008934',
      receiptNumber: 'R-5001',
      status: 'Posted',
      verification: 'Verified',
      processingTime: 'Immediate',
      channel: 'Walk-in',
      recordedBy: 'Jane Smith',
      paymentDate: '2025-04-20',
      amount: '145.50',
      tendered: '150.00',
      changeGiven: '4.50',
      method: 'Cash',
      type: 'bill',
      notes: 'Customer paid in full',
      creditNotes: [],
    });
    expect(payment.allocations).toEqual([
      {
        item: 'INV-2025-001234',
        itemType: 'bill',
        description: 'Mar 2025',
        dueDate: '2025-04-15',
        due: '145.50',
        paid: '145.50',
        difference: '0.00',
        outcome: 'exact',
      },
    ]);
    expect(receipt).toMatchObject({
      receiptNumber: 'R-5001',
      paymentId: 'PAY-2025-004521',
      transactionId: 'TXN-2025-008934',
      paymentDate: '2025-04-20',
      consumer: {
        name: 'John Doe',
        accountNumber: 'WU-10001',
        serviceAddress: '123 Main Street, Cityville',
        phone: '(555) 123-4567',
        email: 'john.doe@example.com',
      },
      account: { balanceBefore: '245.75', balanceAfter: '100.25' },
      summary: { type: 'bill', channel: 'Walk-in', method: 'Cash', amount: '145.50', recordedBy: 'Jane Smith' },
      cash: { amountReceived: '150.00', changeGiven: '4.50' },
      outstanding: '0.00',
      overpayment: '0.00',
      notes: 'Customer paid in full',
      processing: { status: 'Posted', receivedBy: 'Jane Smith', processingTime: 'Immediate', verification: 'Verified' },
    });
    expect(await ledger.getReceipt('R-5001')).toEqual(receipt);
    expect((await ledger.getConsumer('WU-10001')).balance).toBe('100.25');
    expect((await ledger.unpaidItems('WU-10001', 'bill')).map((i) => i.id)).toEqual(['INV-2025-001567']);
  });

  it('the same payment with the change left on account makes a $4.50 Overpayment credit note expiring a year later', async () => {
    const { ledger } = sampleWorld();
    await seedSample(ledger);
    const { payment, receipt, creditNote } = await ledger.recordPayment({
      ...cashPayment,
      amount: '150.00',
      changeGiven: '0.00',
      creditNoteRemarks: 'Customer overpaid due to billing adjustment',
    });
    expect(payment.allocations[0]).toMatchObject({
      due: '145.50',
      paid: '150.00',
      difference: '4.50',
      outcome: 'over',
    });
    expect(creditNote).toEqual({
      number: 'CN-46129',
      paymentId: 'PAY-2025-004521',
      linkedReceipt: 'R-5001',
      accountNumber: 'WU-10001',
      consumerName: 'John Doe',
      amount: '4.50',
      applied: '0.00',
      remaining: '4.50',
      usagePercent: '0.0',
      status: 'Active',
      reason: 'Overpayment',
      createdAt: '2025-04-20T14:30:00.000Z',
      createdDate: '2025-04-20',
      expiresAt: '2026-04-20',
      createdBy: 'Jane Smith',
      remarks: 'Customer overpaid due to billing adjustment',
      applications: [],
    });
    expect(payment.creditNotes).toEqual(['CN-46129']);
    expect(payment.creditable).toBe('145.50');
    expect(receipt.creditNote).toEqual({ number: 'CN-46129', amount: '4.50' });
    expect(receipt.overpayment).toBe('4.50');
    expect(receipt.cash).toEqual({ amountReceived: '150.00', changeGiven: '0.00' });
    // A credit note holds money already received: the balance moved by the whole payment.
    expect((await ledger.getConsumer('WU-10001')).balance).toBe('95.75');
  });

  it('applying the credit note moves remaining, usage and status', async () => {
    const { ledger } = sampleWorld();
    await seedSample(ledger);
    await ledger.recordPayment({ ...cashPayment, amount: '150.00', changeGiven: '0' });
    const partly = await ledger.applyCreditNote({
      creditNoteNumber: 'CN-46129',
      item: { type: 'bill', id: 'INV-2025-001567' },
      amount: '2.00',
      actor: manager,
    });
    expect(partly).toMatchObject({ applied: '2.00', remaining: '2.50', usagePercent: '44.4', status: 'Active' });
    const full = await ledger.applyCreditNote({
      creditNoteNumber: 'CN-46129',
      item: { type: 'bill', id: 'INV-2025-001567' },
      actor: manager,
    });
    expect(full).toMatchObject({ applied: '4.50', remaining: '0.00', usagePercent: '100.0', status: 'Applied' });
    expect(full.applications.map((a) => [a.item, a.amount, a.by])).toEqual([
      ['INV-2025-001567', '2.00', 'Maria Lopez'],
      ['INV-2025-001567', '2.50', 'Maria Lopez'],
    ]);
    const bills = await ledger.unpaidItems('WU-10001', 'bill');
    expect(bills).toEqual([
      {
        type: 'bill',
        id: 'INV-2025-001567',
        description: 'Apr 2025',
        dueDate: '2025-05-15',
        amount: '152.25',
        outstanding: '147.75',
      },
    ]);
    // Applying a credit note does not move the balance.
    expect((await ledger.getConsumer('WU-10001')).balance).toBe('95.75');
  });

  it('a manual credit note defaults to the full payment and is bounded by what is left ("Maximum: $145.50")', async () => {
    const { ledger } = sampleWorld();
    await seedSample(ledger);
    const { payment } = await ledger.recordPayment(cashPayment);
    expect(payment.creditable).toBe('145.50');
    const first = await ledger.createCreditNote({
      paymentId: payment.id,
      amount: '45.50',
      reason: 'Billing Error',
      actor: manager,
    });
    expect(first).toMatchObject({
      number: 'CN-46129',
      amount: '45.50',
      status: 'Active',
      createdBy: 'Maria Lopez',
      linkedReceipt: 'R-5001',
    });
    expect((await ledger.getPayment(payment.id)).creditable).toBe('100.00');
    const rest = await ledger.createCreditNote({ paymentId: payment.id, reason: 'Refund Request', actor: manager });
    expect(rest.amount).toBe('100.00');
    expect((await ledger.getPayment(payment.id)).creditable).toBe('0.00');
  });

  it('walks the statuses of plan PP-2025-0034', async () => {
    const { ledger, setNow } = sampleWorld();
    await seedSample(ledger);
    // Apr 20: installment 1 (due Apr 15) is still within the 5 grace days.
    expect((await ledger.getPlan('PP-2025-0034')).installments.map((i) => i.status)).toEqual(['due', 'due', 'due']);
    expect(await ledger.planAlerts()).toEqual([]);
    setNow('2025-04-21T14:00:00Z');
    const alerts = await ledger.planAlerts();
    expect(
      alerts.map((a) => [a.planId, a.installment.number, a.installment.outstanding, a.daysOverdue, a.consumerName]),
    ).toEqual([['PP-2025-0034', 1, '67.50', 6, 'John Doe']]);
    await ledger.recordPayment({
      accountNumber: 'WU-10001',
      type: 'installment',
      items: ['PP-2025-0034#1', 'PP-2025-0034#2'],
      amount: '100.00',
      method: 'Credit Card',
      actor: jane,
    });
    const plan = await ledger.getPlan('PP-2025-0034');
    expect(plan.installments.map((i) => [i.status, i.paid, i.outstanding])).toEqual([
      ['paid', '67.50', '0.00'],
      ['partial', '32.50', '35.00'],
      ['due', '0.00', '67.50'],
    ]);
    expect(plan.outstanding).toBe('102.50');
    expect(await ledger.planAlerts()).toEqual([]);
    expect((await ledger.planAlerts('2025-05-21T12:00:00Z')).map((a) => a.installment.id)).toEqual(['PP-2025-0034#2']);
  });
});
