// ledger.can, previewCreditNote and previewPayment's credit-note amount: each preview is checked
// against what the write it previews then does, and against the store, which it must not touch.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isHotleadsError } from '@hotleads/core';
import { Dec } from '../money/decimal';
import { admin, cashPayment, jane, manager, sampleWorld, seedSample } from '../testing/sampleData';
import { PERMISSIONS } from './can';
import type { Actor } from '../store/types';

async function seeded() {
  const world = sampleWorld();
  await seedSample(world.ledger);
  return world;
}
const cents = (n: number) => new Dec(n).div(100).toFixed(2);
const ROLES = ['admin', 'billing-manager', 'recovery-executive', 'customer-executive', 'auditor', 'Admin', ' admin'];
const forbidden = (e: unknown) => isHotleadsError(e, 'FORBIDDEN');
/** A check payment by Jane on the April bill. */
const byCheck = (amount: string) => ({
  accountNumber: 'WU-10001',
  type: 'bill' as const,
  items: ['INV-2025-001567'],
  amount,
  method: 'Check',
  actor: jane,
});

describe('ledger.can', () => {
  it('answers exactly what the write does: allowed, or refused with FORBIDDEN', async () => {
    for (const role of ROLES) {
      const actor: Actor = { id: 'u-x', name: 'X', role };
      const world = await seeded();
      const { ledger } = world;
      const recorded = await ledger.recordPayment({ ...cashPayment, actor }).catch((e: unknown) => e);
      expect(ledger.can(actor, 'record')).toBe(!forbidden(recorded));
      const { payment } = await ledger.recordPayment(byCheck('20.00'));
      const credited = await ledger
        .createCreditNote({ paymentId: payment.id, amount: '1.00', reason: 'Other', actor })
        .catch((e: unknown) => e);
      expect(ledger.can(actor, 'credit')).toBe(!forbidden(credited));
      const pending = await ledger.ingestGatewayEvent({
        provider: 'stripe',
        eventId: `evt_${role}`,
        gatewayPaymentId: `pi_${role}`,
        status: 'succeeded',
        accountNumber: 'WU-10001',
        type: 'service',
        items: ['SC-LATE'],
        amount: '25.00',
        method: 'Credit Card',
        occurredAt: '2025-04-20T14:00:00Z',
      });
      const verified = await ledger.verifyPayment({ paymentId: pending.id, actor }).catch((e: unknown) => e);
      expect(ledger.can(actor, 'verify')).toBe(!forbidden(verified));
      const fresh = await ledger.recordPayment(byCheck('10.00'));
      const cancelled = await ledger
        .cancelPayment({ paymentId: fresh.payment.id, reason: 'Entered twice', actor })
        .catch((e: unknown) => e);
      expect(ledger.can(actor, 'reverse')).toBe(!forbidden(cancelled));
    }
  });

  it('follows the settings, and reads roles as own values only', () => {
    const { ledger } = sampleWorld({ settings: { permissions: { reverse: ['admin', 'billing-manager'] } } });
    expect(ledger.can(manager, 'reverse')).toBe(true);
    expect(ledger.can({ role: 'toString' }, 'credit')).toBe(false);
    expect(ledger.can({ role: '__proto__' }, 'record')).toBe(false);
    expect(PERMISSIONS.map((p) => ledger.can(admin, p))).toEqual([true, true, true, true]);
  });

  it('refuses an unknown permission or an actor without a string role with INVALID_ARGUMENT', () => {
    const { ledger } = sampleWorld();
    for (const permission of ['cancel', 'constructor', '', 7])
      expect(() => ledger.can(jane, permission as never)).toThrow(expect.objectContaining({ path: ['permission'] }));
    for (const actor of [null, undefined, {}, { role: 1 }, 'admin'])
      expect(() => ledger.can(actor as never, 'record')).toThrow(
        expect.objectContaining({ code: 'INVALID_ARGUMENT', path: ['actor', 'role'] }),
      );
  });
});

describe('previewCreditNote', () => {
  it('shows the maximum, the remaining value and a full reversal, and lists what createCreditNote would refuse', async () => {
    const { ledger } = await seeded();
    const { payment } = await ledger.recordPayment(cashPayment);
    const blank = await ledger.previewCreditNote({ paymentId: payment.id });
    expect(blank).toMatchObject({
      paymentAmount: payment.amount,
      creditable: payment.creditable,
      amount: payment.creditable,
      remainingAfter: '0.00',
      fullReversal: true,
      valid: false,
    });
    expect(blank.problems).toEqual([expect.objectContaining({ code: 'INVALID_REQUEST', path: ['reason'] })]);
    const partial = await ledger.previewCreditNote({
      paymentId: payment.id,
      amount: '45.50',
      reason: 'Billing Error',
      actor: manager,
    });
    expect(partial).toMatchObject({ amount: '45.50', fullReversal: false, problems: [], valid: true });
    expect(new Dec(partial.remainingAfter).plus(partial.amount!).eq(partial.creditable)).toBe(true);
    const note = await ledger.createCreditNote({
      paymentId: payment.id,
      amount: '45.50',
      reason: 'Billing Error',
      actor: manager,
    });
    const after = await ledger.previewCreditNote({ paymentId: payment.id });
    expect(after.alreadyCredited).toBe(note.amount);
    expect(after.creditable).toBe(partial.remainingAfter);
    expect(after.creditable).toBe((await ledger.getPayment(payment.id)).creditable);
  });

  it('reports each problem with the code and sentence of the refusal', async () => {
    const { ledger } = await seeded();
    const { payment } = await ledger.recordPayment(cashPayment);
    const bad = await ledger.previewCreditNote({
      paymentId: payment.id,
      amount: '1.005',
      reason: 'Because' as never,
      remarks: 'x'.repeat(501),
      actor: jane,
    });
    expect(bad.valid).toBe(false);
    expect(bad.amount).toBeNull();
    expect(bad.remainingAfter).toBe(bad.creditable);
    expect(bad.problems.map((p) => [p.code, p.path.join('.')])).toEqual([
      ['INVALID_AMOUNT', 'amount'],
      ['INVALID_REQUEST', 'reason'],
      ['INVALID_REQUEST', 'remarks'],
      ['FORBIDDEN', 'actor.role'],
    ]);
    const tooMuch = await ledger.previewCreditNote({ paymentId: payment.id, amount: '145.51', reason: 'Other' });
    const refusal = await ledger
      .createCreditNote({ paymentId: payment.id, amount: '145.51', reason: 'Other', actor: manager })
      .catch((e: unknown) => e);
    expect(tooMuch.problems).toEqual([
      { code: 'INVALID_AMOUNT', path: ['amount'], message: (refusal as { detail: string }).detail },
    ]);
    await ledger.cancelPayment({ paymentId: payment.id, reason: 'Entered twice', actor: admin });
    const cancelled = await ledger.previewCreditNote({ paymentId: payment.id, reason: 'Other' });
    expect(cancelled.problems.map((p) => p.code)).toEqual(['CONFLICT']);
    await expect(ledger.previewCreditNote({ paymentId: 'PAY-404' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(ledger.previewCreditNote(null as never)).rejects.toMatchObject({ code: 'INVALID_REQUEST' });
  });

  it('is valid exactly when createCreditNote accepts, with the same amount and remaining value, writing nothing (fixed global seed)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.option(fc.integer({ min: -100, max: 16_000 }), { nil: undefined }),
        fc.constantFrom(manager, jane),
        async (amountCents, actor) => {
          const { ledger, memory } = await seeded();
          const { payment } = await ledger.recordPayment(cashPayment);
          const amount = amountCents === undefined ? undefined : cents(amountCents);
          const before = memory.dump();
          const preview = await ledger.previewCreditNote({ paymentId: payment.id, amount, reason: 'Other', actor });
          expect(memory.dump()).toEqual(before);
          const created = await ledger
            .createCreditNote({ paymentId: payment.id, amount, reason: 'Other', actor })
            .catch((e: unknown) => e);
          expect(preview.valid).toBe(!isHotleadsError(created));
          if (preview.valid) {
            expect((created as { amount: string }).amount).toBe(preview.amount);
            expect((await ledger.getPayment(payment.id)).creditable).toBe(preview.remainingAfter);
          } else expect(preview.problems.map((p) => p.code)).toContain((created as { code: string }).code);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('previewPayment never draws a number', () => {
  it("shows the Overpayment credit note's amount, no number, and leaves every counter where it was", async () => {
    const { ledger, memory } = await seeded();
    const request = { ...cashPayment, amount: '150.00', changeGiven: '0.00' };
    const before = memory.dump();
    const previews = [];
    for (let i = 0; i < 5; i++) previews.push(await ledger.previewPayment(request));
    expect(memory.dump()).toEqual(before);
    const preview = previews[0]!;
    expect(preview.creditNote).toEqual({ amount: preview.overpayment, reason: 'Overpayment' });
    expect(JSON.stringify(previews)).not.toMatch(/CN-|R-\d|PAY-|TXN-/);
    // The write after five previews gets the first numbers: the previews consumed none.
    const { payment, receipt, creditNote } = await ledger.recordPayment(request);
    expect([payment.id, payment.transactionId, receipt.receiptNumber, creditNote?.number]).toEqual([
      'PAY-2025-004521',
      'TXN-2025-008934',
      'R-5001',
      'CN-46129',
    ]);
    expect(creditNote?.amount).toBe(preview.creditNote?.amount);
    const next = await ledger.previewPayment(byCheck('152.25'));
    expect(next.creditNote).toBeNull();
  });

  it('shows the credit-note amount recordPayment then creates, for any amount (fixed global seed)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 34_575 }), async (amountCents) => {
        const { ledger, memory } = await seeded();
        const request = {
          accountNumber: 'WU-10001',
          type: 'bill' as const,
          items: ['INV-2025-001234'],
          amount: cents(amountCents),
          method: 'Check',
          actor: jane,
        };
        const before = memory.dump();
        const preview = await ledger.previewPayment(request);
        expect(memory.dump()).toEqual(before);
        const { creditNote } = await ledger.recordPayment(request);
        expect(preview.creditNote?.amount).toBe(creditNote?.amount);
        expect(preview.creditNote === null).toBe(creditNote === undefined);
      }),
      { numRuns: 40 },
    );
  });
});
