import { describe, expect, it } from 'vitest';
import { jane, manager, sampleWorld } from '../testing/sampleData';
import { yieldingStore } from '../testing/stores';

/** 100 concurrent $1.00 applications of a $45.00 note, on a store that yields between every read and write. */
async function hundredApplications(unlocked: boolean) {
  const world = sampleWorld({ wrap: (m) => yieldingStore(m), unlocked });
  const { ledger } = world;
  await ledger.addConsumer({ accountNumber: 'C-1', name: 'Cora Concurrent', balance: '2000.00' });
  await ledger.addServiceCharge({
    accountNumber: 'C-1',
    id: 'S-PAY',
    description: 'Deposit',
    amount: '5.00',
    serviceDate: '2025-04-01',
  });
  await ledger.addServiceCharge({
    accountNumber: 'C-1',
    id: 'S-BIG',
    description: 'Works',
    amount: '1000.00',
    serviceDate: '2025-04-02',
  });
  const { creditNote } = await ledger.recordPayment({
    accountNumber: 'C-1',
    type: 'service',
    items: ['S-PAY'],
    amount: '50.00',
    method: 'Check',
    actor: jane,
  });
  const settled = await Promise.allSettled(
    Array.from({ length: 100 }, () =>
      ledger.applyCreditNote({
        creditNoteNumber: creditNote!.number,
        item: { type: 'service', id: 'S-BIG' },
        amount: '1.00',
        actor: manager,
      }),
    ),
  );
  const succeeded = settled.filter((s) => s.status === 'fulfilled').length;
  const note = await ledger.getCreditNote(creditNote!.number);
  const item = (await ledger.unpaidItems('C-1', 'service')).find((i) => i.id === 'S-BIG')!;
  return { noteAmount: note.amount, succeeded, applied: note.applied, itemOutstanding: item.outstanding };
}

const neverOverApplied = (r: Awaited<ReturnType<typeof hundredApplications>>) =>
  r.succeeded <= 45 &&
  r.applied === `${r.succeeded}.00` &&
  Number(r.itemOutstanding.replace('.', '')) === 100_000 - r.succeeded * 100;

/** Two concurrent payments with the same idempotency key. */
async function samePaymentTwice(unlocked: boolean) {
  const world = sampleWorld({ wrap: (m) => yieldingStore(m), unlocked });
  const { ledger } = world;
  await ledger.addConsumer({ accountNumber: 'C-1', name: 'Cora Concurrent', balance: '100.00' });
  await ledger.addServiceCharge({
    accountNumber: 'C-1',
    id: 'S-1',
    description: 'Fee',
    amount: '60.00',
    serviceDate: '2025-04-01',
  });
  const request = {
    accountNumber: 'C-1',
    type: 'service' as const,
    items: ['S-1'],
    amount: '60.00',
    method: 'Cash',
    actor: jane,
    idempotencyKey: 'same-key',
  };
  const settled = await Promise.allSettled([ledger.recordPayment(request), ledger.recordPayment(request)]);
  const dump = world.memory.dump();
  return {
    settled,
    payments: dump.collections.payments.length,
    recordedAudits: dump.audit.filter((e) => e.action === 'payment.recorded').length,
    balance: (await ledger.getConsumer('C-1')).balance,
  };
}

const recordedOnce = (r: Awaited<ReturnType<typeof samePaymentTwice>>) =>
  r.settled.every((s) => s.status === 'fulfilled') &&
  JSON.stringify((r.settled[0] as PromiseFulfilledResult<unknown>).value) ===
    JSON.stringify((r.settled[1] as PromiseFulfilledResult<unknown>).value) &&
  r.payments === 1 &&
  r.recordedAudits === 1 &&
  r.balance === '40.00';

describe('concurrency (store yields to the event loop between reads and writes)', { timeout: 30_000 }, () => {
  it('100 concurrent applyCreditNote calls never apply more than the note holds', async () => {
    const r = await hundredApplications(false);
    expect(r.noteAmount).toBe('45.00');
    expect(r.succeeded).toBe(45);
    expect(r.applied).toBe('45.00');
    expect(r.itemOutstanding).toBe('955.00');
    expect(neverOverApplied(r)).toBe(true);
  });

  it('…and the same check fails when the ledger’s locking is switched off', async () => {
    const r = await hundredApplications(true);
    expect(neverOverApplied(r)).toBe(false);
    expect(r.succeeded).toBeGreaterThan(45);
  });

  it('two concurrent payments with the same idempotency key record one payment', async () => {
    const r = await samePaymentTwice(false);
    expect(recordedOnce(r)).toBe(true);
  });

  it('…and the same check fails when the ledger’s locking is switched off', async () => {
    const r = await samePaymentTwice(true);
    expect(recordedOnce(r)).toBe(false);
  });
});
