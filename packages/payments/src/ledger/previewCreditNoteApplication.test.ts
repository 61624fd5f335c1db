// previewCreditNoteApplication and ledger.consumerPlans: the preview is checked against what
// applyCreditNote then does with the same note, item and amount.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isHotleadsError, USD } from '@hotleads/core';
import { Dec } from '../money/decimal';
import { cashPayment, manager, sampleWorld, seedSample } from '../testing/sampleData';
import { previewCreditNoteApplication } from './previewCreditNoteApplication';

const cents = (n: number) => new Dec(n).div(100).toFixed(2);

/** The sample, the sample cash payment (docs/payments.md), and a $20.00 credit note on it. */
async function withNote() {
  const world = sampleWorld();
  await seedSample(world.ledger);
  const { payment } = await world.ledger.recordPayment(cashPayment);
  const note = await world.ledger.createCreditNote({
    paymentId: payment.id,
    amount: '20.00',
    reason: 'Billing Error',
    actor: manager,
  });
  return { ...world, note };
}

describe('previewCreditNoteApplication', () => {
  it("defaults to the smaller of the note's remaining and the item's outstanding, and says what would be left", async () => {
    const { ledger, note } = await withNote();
    const [late] = (await ledger.unpaidItems('WU-10001', 'service')).filter((i) => i.id === 'SC-LATE');
    const p = previewCreditNoteApplication(note, late!, { currency: USD });
    expect(p).toMatchObject({
      creditNoteNumber: note.number,
      item: { type: 'service', id: 'SC-LATE' },
      noteRemaining: '20.00',
      itemOutstanding: '25.00',
      maximum: '20.00',
      amount: '20.00',
      noteRemainingAfter: '0.00',
      itemOutstandingAfter: '5.00',
      usagePercentAfter: '100.0',
      statusAfter: 'Applied',
      valid: true,
    });
    const part = previewCreditNoteApplication(note, late!, { currency: USD, amount: '5.00' });
    expect(part).toMatchObject({ noteRemainingAfter: '15.00', usagePercentAfter: '25.0', statusAfter: 'Active' });
  });

  it("reports applyCreditNote's refusals as problems, with their codes and sentences", async () => {
    const { ledger, note } = await withNote();
    const [late] = await ledger.unpaidItems('WU-10001', 'service');
    const codes = (amount: string) =>
      previewCreditNoteApplication(note, late!, { currency: USD, amount }).problems.map((p) => p.code);
    expect(codes('0')).toEqual(['INVALID_AMOUNT']);
    expect(codes('abc')).toEqual(['INVALID_AMOUNT']);
    expect(codes('1.005')).toEqual(['INVALID_AMOUNT']);
    expect(codes('20.01')).toEqual(['INVALID_AMOUNT']);
    const applied = { ...note, status: 'Applied' as const };
    expect(previewCreditNoteApplication(applied, late!, { currency: USD }).problems[0]).toMatchObject({
      code: 'CONFLICT',
      message: 'This credit note is fully applied',
    });
    const settled = { ...late!, outstanding: '0.00' };
    expect(previewCreditNoteApplication(note, settled, { currency: USD }).problems[0]).toMatchObject({
      code: 'INVALID_REQUEST',
      path: ['item', 'id'],
    });
    expect(() => previewCreditNoteApplication(null as never, late!, { currency: USD })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });

  it('is valid exactly when applyCreditNote accepts, with the same figures (fixed global seed)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.option(fc.integer({ min: -100, max: 3_000 }), { nil: undefined }),
        fc.constantFrom('SC-LATE', 'SC-RECONNECT', 'INV-2025-001567'),
        async (amountCents, id) => {
          const { ledger, note } = await withNote();
          const type = id.startsWith('SC-') ? ('service' as const) : ('bill' as const);
          const item = (await ledger.unpaidItems('WU-10001', type)).find((i) => i.id === id)!;
          const amount = amountCents === undefined ? undefined : cents(amountCents);
          const preview = previewCreditNoteApplication(note, item, { currency: USD, amount });
          const applied = await ledger
            .applyCreditNote({ creditNoteNumber: note.number, item: { type, id }, amount, actor: manager })
            .catch((e: unknown) => e);
          expect(preview.valid).toBe(!isHotleadsError(applied));
          if (preview.valid) {
            const after = applied as { remaining: string; usagePercent: string; status: string };
            expect(after.remaining).toBe(preview.noteRemainingAfter);
            expect(after.usagePercent).toBe(preview.usagePercentAfter);
            expect(after.status).toBe(preview.statusAfter);
            const left = (await ledger.unpaidItems('WU-10001', type)).find((i) => i.id === id);
            expect(left?.outstanding ?? '0.00').toBe(preview.itemOutstandingAfter);
          } else expect(preview.problems.map((p) => p.code)).toContain((applied as { code: string }).code);
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe('ledger.consumerPlans', () => {
  it("lists an account's plans with their statuses, none for an account without, NOT_FOUND for no account", async () => {
    const { ledger } = sampleWorld();
    await seedSample(ledger);
    const plans = await ledger.consumerPlans('WU-10001');
    expect(plans).toEqual([await ledger.getPlan('PP-2025-0034')]);
    await ledger.addConsumer({ accountNumber: 'WU-2', name: 'No Plan', balance: '0.00' });
    expect(await ledger.consumerPlans('WU-2')).toEqual([]);
    await expect(ledger.consumerPlans('WU-404')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(ledger.consumerPlans(7 as never)).rejects.toMatchObject({ code: 'INVALID_REQUEST' });
  });
});
