// consumerTimeline and viewAuditTrail: the Recovery Executive's history and the audit screen,
// computed from what the ledger returned.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDate } from '@hotleads/core';
import { admin, cashPayment, jane, manager, SAMPLE_TIME_ZONE, sampleWorld, seedSample } from '../testing/sampleData';
import { consumerTimeline } from './consumerTimeline';
import { ROLE_NAMES, viewAuditTrail } from './viewAuditTrail';

/** The sample with a payment, a credit note applied to a bill, and a cancelled payment. */
async function history() {
  const world = sampleWorld();
  const { ledger } = world;
  await seedSample(ledger);
  const { payment } = await ledger.recordPayment(cashPayment);
  world.setNow('2025-04-21T15:00:00Z');
  const note = await ledger.createCreditNote({
    paymentId: payment.id,
    amount: '10.00',
    reason: 'Other',
    actor: manager,
  });
  world.setNow('2025-04-22T15:00:00Z');
  await ledger.applyCreditNote({
    creditNoteNumber: note.number,
    item: { type: 'service', id: 'SC-LATE' },
    actor: manager,
  });
  world.setNow('2025-04-23T15:00:00Z');
  const late = await ledger.recordPayment({
    accountNumber: 'WU-10001',
    type: 'service',
    items: ['SC-RECONNECT'],
    amount: '75.00',
    method: 'Check',
    actor: jane,
  });
  world.setNow('2025-04-24T15:00:00Z');
  await ledger.cancelPayment({ paymentId: late.payment.id, reason: 'Bounced', actor: admin });
  return world;
}

describe('consumerTimeline', () => {
  it("lists an account's payments, credit notes, applications and cancellations, newest first", async () => {
    const { ledger } = await history();
    const payments = (await ledger.searchPayments({ accountNumber: 'WU-10001' })).items;
    const creditNotes = (await ledger.searchCreditNotes({ accountNumber: 'WU-10001' })).items;
    const events = consumerTimeline({ payments, creditNotes });
    expect(events.map((e) => e.kind)).toEqual(['cancellation', 'payment', 'application', 'creditNote', 'payment']);
    expect(events[0]).toMatchObject({ amount: '75.00', by: admin.name, reason: 'Bounced' });
    expect(events[2]).toMatchObject({ amount: '10.00', item: { type: 'service', id: 'SC-LATE' }, by: manager.name });
    expect(events[4]).toMatchObject({ kind: 'payment', amount: '145.50', method: 'Cash', by: jane.name });
    expect(consumerTimeline({ payments: [], creditNotes: [] })).toEqual([]);
  });

  it('keeps every event exactly once, newest first, whatever order the lists come in (fixed global seed)', async () => {
    const { ledger } = await history();
    const payments = (await ledger.searchPayments({ accountNumber: 'WU-10001' })).items;
    const creditNotes = (await ledger.searchCreditNotes({ accountNumber: 'WU-10001' })).items;
    const expected = consumerTimeline({ payments, creditNotes });
    fc.assert(
      fc.property(fc.shuffledSubarray(payments, { minLength: payments.length }), (shuffled) => {
        const events = consumerTimeline({ payments: shuffled, creditNotes });
        expect(events).toEqual(expected);
        for (let i = 1; i < events.length; i++)
          expect(Date.parse(events[i - 1]!.at)).toBeGreaterThanOrEqual(Date.parse(events[i]!.at));
      }),
      { numRuns: 20 },
    );
  });

  it('refuses what is not the ledger’s payments and notes', () => {
    expect(() => consumerTimeline(null as never)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => consumerTimeline({ payments: [{}] as never, creditNotes: [] })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});

describe('viewAuditTrail', () => {
  it('shows role names and action words, newest first, filtered by actor, action and local date', async () => {
    const { ledger } = await history();
    const entries = await ledger.auditTrail();
    const timeZone = SAMPLE_TIME_ZONE;
    const all = viewAuditTrail(entries, { timeZone });
    expect(all.total).toBe(entries.length);
    expect(all.rows.map((r) => r.seq)).toEqual(entries.map((e) => e.seq).reverse());
    expect(all.rows[0]).toMatchObject({ actorName: admin.name, roleName: 'Administrator', role: 'admin' });
    expect(all.actors.map((a) => a.roleName)).toContain(ROLE_NAMES['billing-manager']);
    expect(all.actions).toContainEqual({ action: 'creditNote.applied', label: 'Credit note applied' });
    const maria = viewAuditTrail(entries, { timeZone, actorId: manager.id });
    expect(maria.rows.length).toBeGreaterThan(0);
    expect(maria.rows.every((r) => r.actorId === manager.id && r.roleName === 'Billing Manager')).toBe(true);
    const applied = viewAuditTrail(entries, { timeZone, action: 'creditNote.applied' });
    expect(applied.rows.map((r) => r.entityType)).toEqual(['creditNote']);
    const day = viewAuditTrail(entries, { timeZone, from: '2025-04-22', to: '2025-04-22' });
    expect(day.rows.every((r) => r.date === '2025-04-22' && localDate(Date.parse(r.at), timeZone) === r.date)).toBe(
      true,
    );
    expect(day.rows.length).toBeGreaterThan(0);
    const renamed = viewAuditTrail(entries, { timeZone, roleNames: { admin: 'Supervisor' } });
    expect(renamed.rows[0]!.roleName).toBe('Supervisor');
    const odd = viewAuditTrail([{ ...entries[0]!, actor: { id: 'x', name: 'X', role: 'field-agent' } }], { timeZone });
    expect(odd.rows[0]!.roleName).toBe('Field Agent');
    // A prototype key is no role name.
    const proto = viewAuditTrail([{ ...entries[0]!, actor: { id: 'x', name: 'X', role: 'constructor' } }], {
      timeZone,
    });
    expect(proto.rows[0]!.roleName).toBe('Constructor');
  });

  it('partitions the entries: the rows of each actor add up to all rows (fixed global seed)', async () => {
    const { ledger } = await history();
    const entries = await ledger.auditTrail();
    const timeZone = SAMPLE_TIME_ZONE;
    fc.assert(
      fc.property(fc.shuffledSubarray(entries), (subset) => {
        const view = viewAuditTrail(subset, { timeZone });
        const perActor = view.actors.reduce(
          (n, a) => n + viewAuditTrail(subset, { timeZone, actorId: a.id }).rows.length,
          0,
        );
        expect(perActor).toBe(subset.length);
        expect(view.rows.length).toBe(subset.length);
      }),
      { numRuns: 30 },
    );
  });

  it('refuses bad entries, zones, filters and a from after to', async () => {
    const code = (c: string) => expect.objectContaining({ code: c });
    expect(() => viewAuditTrail(null as never, { timeZone: 'UTC' })).toThrow(code('INVALID_ARGUMENT'));
    expect(() => viewAuditTrail([], { timeZone: 'Mars/Olympus' })).toThrow(code('INVALID_ARGUMENT'));
    expect(() => viewAuditTrail([], { timeZone: 'UTC', from: '2025-4-1' })).toThrow(code('INVALID_ARGUMENT'));
    expect(() => viewAuditTrail([], { timeZone: 'UTC', actorId: 3 as never })).toThrow(code('INVALID_ARGUMENT'));
    expect(() => viewAuditTrail([], { timeZone: 'UTC', from: '2025-04-02', to: '2025-04-01' })).toThrow(
      code('INVALID_REQUEST'),
    );
  });
});
