import { describe, expect, it } from 'vitest';
import { HotleadsError } from '@hotleads/core';
import { admin, jane, manager, sampleWorld, seedSample } from '../testing/sampleData';

describe('consumers, bills, service charges and plans', () => {
  it('refuses duplicates, unknown consumers and bad fields, writing nothing', async () => {
    const { ledger, memory } = sampleWorld();
    await seedSample(ledger);
    const before = memory.dump();
    const attempts: Array<[Promise<unknown>, string, Array<string | number>]> = [
      [
        ledger.addConsumer({ accountNumber: 'WU-10001', name: 'Again', balance: '1.00' }),
        'CONFLICT',
        ['accountNumber'],
      ],
      [ledger.addConsumer({ accountNumber: 'WU-2', name: '', balance: '1.00' }), 'INVALID_REQUEST', ['name']],
      [ledger.addConsumer({ accountNumber: 'WU-2', name: 'N', balance: '1.001' }), 'INVALID_AMOUNT', ['balance']],
      [
        ledger.addBill({
          accountNumber: 'WU-404',
          invoiceNumber: 'I',
          period: 'P',
          amount: '1.00',
          issuedAt: '2025-04-01T00:00:00Z',
          dueDate: '2025-04-15',
        }),
        'NOT_FOUND',
        ['accountNumber'],
      ],
      [
        ledger.addBill({
          accountNumber: 'WU-10001',
          invoiceNumber: 'INV-2025-001234',
          period: 'P',
          amount: '1.00',
          issuedAt: '2025-04-01T00:00:00Z',
          dueDate: '2025-04-15',
        }),
        'CONFLICT',
        ['invoiceNumber'],
      ],
      [
        ledger.addBill({
          accountNumber: 'WU-10001',
          invoiceNumber: 'I',
          period: 'P',
          amount: '1.00',
          issuedAt: '2025-04-01',
          dueDate: '2025-04-15',
        }),
        'INVALID_TIME',
        ['issuedAt'],
      ],
      [
        ledger.addBill({
          accountNumber: 'WU-10001',
          invoiceNumber: 'I',
          period: 'P',
          amount: '1.00',
          issuedAt: '2025-04-01T00:00:00Z',
          dueDate: '2025-02-30',
        }),
        'INVALID_TIME',
        ['dueDate'],
      ],
      [
        ledger.addBill({
          accountNumber: 'WU-10001',
          invoiceNumber: 'I',
          period: 'P',
          amount: '0',
          issuedAt: '2025-04-01T00:00:00Z',
          dueDate: '2025-04-15',
        }),
        'INVALID_AMOUNT',
        ['amount'],
      ],
      [
        ledger.addServiceCharge({
          accountNumber: 'WU-10001',
          id: 'SC-LATE',
          description: 'D',
          amount: '1.00',
          serviceDate: '2025-04-01',
        }),
        'CONFLICT',
        ['id'],
      ],
      [
        ledger.addServiceCharge({
          accountNumber: 'WU-10001',
          id: 'S',
          description: 'D',
          amount: '1.00',
          serviceDate: '04/01/2025',
        }),
        'INVALID_TIME',
        ['serviceDate'],
      ],
      [
        ledger.addInstallmentPlan({
          accountNumber: 'WU-10001',
          planId: 'PP-2025-0034',
          installments: [{ number: 1, amount: '1.00', dueDate: '2025-04-01' }],
        }),
        'CONFLICT',
        ['planId'],
      ],
      [
        ledger.addInstallmentPlan({
          accountNumber: 'WU-10001',
          planId: 'P#1',
          installments: [{ number: 1, amount: '1.00', dueDate: '2025-04-01' }],
        }),
        'INVALID_REQUEST',
        ['planId'],
      ],
      [
        ledger.addInstallmentPlan({ accountNumber: 'WU-10001', planId: 'P2', installments: [] }),
        'INVALID_REQUEST',
        ['installments'],
      ],
      [
        ledger.addInstallmentPlan({
          accountNumber: 'WU-10001',
          planId: 'P2',
          installments: [
            { number: 1, amount: '1.00', dueDate: '2025-04-01' },
            { number: 1, amount: '1.00', dueDate: '2025-05-01' },
          ],
        }),
        'INVALID_REQUEST',
        ['installments', 1, 'number'],
      ],
    ];
    for (const [attempt, code, path] of attempts) {
      const error = await attempt.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, code).toBeInstanceOf(HotleadsError);
      expect(error).toMatchObject({ code, path });
    }
    expect(memory.dump()).toEqual(before);
  });

  it('lookups of unknown ids are NOT_FOUND', async () => {
    const { ledger } = sampleWorld();
    for (const lookup of [
      ledger.getConsumer('x'),
      ledger.getPayment('x'),
      ledger.getReceipt('x'),
      ledger.getCreditNote('x'),
      ledger.getPlan('x'),
    ]) {
      await expect(lookup).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    await expect(ledger.unpaidItems('WU-10001', 'donation' as never)).rejects.toMatchObject({
      code: 'INVALID_REQUEST',
    });
  });

  it('a pending online payment can be cancelled by an admin and then not verified', async () => {
    const { ledger } = sampleWorld();
    await seedSample(ledger);
    const p = await ledger.ingestGatewayEvent({
      provider: 'stripe',
      eventId: 'e',
      gatewayPaymentId: 'pi',
      status: 'succeeded',
      accountNumber: 'WU-10001',
      type: 'service',
      items: ['SC-LATE'],
      amount: '25.00',
      occurredAt: '2025-04-19T10:00:00Z',
    });
    await expect(ledger.cancelPayment({ paymentId: p.id, reason: 'Chargeback', actor: manager })).rejects.toMatchObject(
      { code: 'FORBIDDEN' },
    );
    expect((await ledger.cancelPayment({ paymentId: p.id, reason: 'Chargeback', actor: admin })).status).toBe(
      'Cancelled',
    );
    await expect(ledger.verifyPayment({ paymentId: p.id, actor: manager })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await ledger.getConsumer('WU-10001')).balance).toBe('245.75');
    expect((await ledger.auditTrail()).filter((e) => e.action === 'permission.denied')).toHaveLength(1);
  });

  it('the payment history of a consumer is a search by account', async () => {
    const { ledger } = sampleWorld();
    await seedSample(ledger);
    await ledger.recordPayment({
      accountNumber: 'WU-10001',
      type: 'service',
      items: ['SC-LATE'],
      amount: '25.00',
      method: 'Check',
      date: '2025-04-18T12:00:00Z',
      actor: jane,
    });
    await ledger.recordPayment({
      accountNumber: 'WU-10001',
      type: 'service',
      items: ['SC-RECONNECT'],
      amount: '75.00',
      method: 'Check',
      actor: jane,
    });
    const history = await ledger.searchPayments({ accountNumber: 'WU-10001' });
    expect(history.items.map((p) => [p.paymentDate, p.amount, p.allocations[0]!.description])).toEqual([
      ['2025-04-20', '75.00', 'Reconnection Fee'],
      ['2025-04-18', '25.00', 'Late Fee'],
    ]);
  });
});
