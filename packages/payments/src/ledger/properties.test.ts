import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HotleadsError } from '@hotleads/core';
import { createLedger, type Ledger } from '../createLedger';
import { createMemoryStore, type MemoryStore } from '../store/createMemoryStore';
import { CREDIT_NOTE_REASONS } from '../settings/settings';
import { formatAmount } from '../money/formatAmount';
import { percentage } from '../money/percentage';
import { localDate } from '../calendar/zoned';
import { Dec } from '../money/decimal';
import type { ItemType } from '../store/types';

const TZ = 'America/New_York';
const admin = { id: 'a', name: 'Admin', role: 'admin' };
const ACCOUNTS = ['A-1', 'A-2'];
const ITEMS: Record<ItemType, string[]> = {
  bill: ['B1', 'B2'],
  service: ['S1', 'S2'],
  installment: ['P#1', 'P#2', 'P#3'],
};
const itemId = (account: string, type: ItemType, i: number) => `${account}-${ITEMS[type][i % ITEMS[type].length]}`;

type Op =
  | { kind: 'pay'; account: number; type: ItemType; mask: number; cents: number; cash: boolean; change: number }
  | { kind: 'gateway'; account: number; type: ItemType; mask: number; cents: number; fail: boolean }
  | { kind: 'verify'; payment: number }
  | { kind: 'credit'; payment: number; cents: number | null; reason: number }
  | { kind: 'apply'; note: number; type: ItemType; item: number; cents: number | null }
  | { kind: 'cancel'; payment: number }
  | { kind: 'advance'; hours: number };

const itemType = fc.constantFrom<ItemType>('bill', 'service', 'installment');
const cents = fc.integer({ min: 1, max: 60_000 });
const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('pay' as const),
      account: fc.nat(1),
      type: itemType,
      mask: fc.integer({ min: 1, max: 7 }),
      cents,
      cash: fc.boolean(),
      change: fc.integer({ min: 0, max: 2000 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('gateway' as const),
      account: fc.nat(1),
      type: itemType,
      mask: fc.integer({ min: 1, max: 7 }),
      cents,
      fail: fc.boolean(),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('verify' as const), payment: fc.nat(20) }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('credit' as const),
      payment: fc.nat(20),
      cents: fc.option(cents),
      reason: fc.nat(CREDIT_NOTE_REASONS.length - 1),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('apply' as const),
      note: fc.nat(20),
      type: itemType,
      item: fc.nat(2),
      cents: fc.option(fc.integer({ min: 1, max: 20_000 })),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('cancel' as const), payment: fc.nat(20) }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('advance' as const), hours: fc.integer({ min: 1, max: 24 * 400 }) }),
  },
);

async function setup(): Promise<{ ledger: Ledger; store: MemoryStore; clock: { now: number } }> {
  const store = createMemoryStore();
  const clock = { now: Date.parse('2025-04-20T14:30:00Z') };
  const ledger = createLedger({
    store,
    clock: () => new Date(clock.now),
    settings: {
      timeZone: TZ,
      overpaymentThreshold: '50.00',
      numberFormats: { receipt: { format: 'R-{seq}', start: 5001 } },
    },
  });
  for (const a of ACCOUNTS) {
    await ledger.addConsumer({ accountNumber: a, name: `Name ${a}`, balance: '900.00' });
    await ledger.addBill({
      accountNumber: a,
      invoiceNumber: `${a}-B1`,
      period: 'Mar 2025',
      amount: '145.50',
      issuedAt: '2025-03-31T12:00:00Z',
      dueDate: '2025-04-15',
    });
    await ledger.addBill({
      accountNumber: a,
      invoiceNumber: `${a}-B2`,
      period: 'Apr 2025',
      amount: '152.25',
      issuedAt: '2025-04-15T12:00:00Z',
      dueDate: '2025-05-15',
    });
    await ledger.addServiceCharge({
      accountNumber: a,
      id: `${a}-S1`,
      description: 'Reconnection Fee',
      amount: '75.00',
      serviceDate: '2025-04-18',
    });
    await ledger.addServiceCharge({
      accountNumber: a,
      id: `${a}-S2`,
      description: 'Late Fee',
      amount: '25.00',
      serviceDate: '2025-04-10',
    });
    await ledger.addInstallmentPlan({
      accountNumber: a,
      planId: `${a}-P`,
      installments: [1, 2, 3].map((n) => ({ number: n, amount: '67.50', dueDate: `2025-0${3 + n}-15` })),
    });
  }
  return { ledger, store, clock };
}

async function run(ledger: Ledger, store: MemoryStore, clock: { now: number }, o: Op): Promise<void> {
  const payments = store.dump().collections.payments;
  const notes = store.dump().collections.creditNotes;
  const pick = <T>(list: T[], i: number) => (list.length === 0 ? undefined : list[i % list.length]);
  const items = (account: string, type: ItemType, mask: number) =>
    ITEMS[type].map((_, i) => itemId(account, type, i)).filter((_, i) => mask & (1 << i));
  switch (o.kind) {
    case 'pay': {
      const account = ACCOUNTS[o.account]!;
      const amount = formatAmount(o.cents, { code: 'USD', minorUnit: 2 });
      const cash = o.cash
        ? {
            method: 'Cash',
            tendered: formatAmount(o.cents + o.change, { code: 'USD', minorUnit: 2 }),
            changeGiven: formatAmount(o.change, { code: 'USD', minorUnit: 2 }),
          }
        : { method: 'Credit Card' };
      await ledger.recordPayment({
        accountNumber: account,
        type: o.type,
        items: items(account, o.type, o.mask),
        amount,
        ...cash,
        actor: admin,
      });
      return;
    }
    case 'gateway': {
      const account = ACCOUNTS[o.account]!;
      await ledger.ingestGatewayEvent({
        provider: 'stripe',
        eventId: `evt-${payments.length}`,
        gatewayPaymentId: `pi-${payments.length}`,
        status: o.fail ? 'failed' : 'succeeded',
        accountNumber: account,
        type: o.type,
        items: items(account, o.type, o.mask),
        amount: formatAmount(o.cents, { code: 'USD', minorUnit: 2 }),
        occurredAt: clock.now - 3_600_000,
      });
      return;
    }
    case 'verify': {
      const p = pick(payments, o.payment);
      if (p) await ledger.verifyPayment({ paymentId: p.id, actor: admin });
      return;
    }
    case 'credit': {
      const p = pick(payments, o.payment);
      if (p)
        await ledger.createCreditNote({
          paymentId: p.id,
          amount: o.cents === null ? undefined : formatAmount(o.cents, { code: 'USD', minorUnit: 2 }),
          reason: CREDIT_NOTE_REASONS[o.reason]!,
          actor: admin,
        });
      return;
    }
    case 'apply': {
      const n = pick(notes, o.note);
      if (n)
        await ledger.applyCreditNote({
          creditNoteNumber: n.id,
          item: { type: o.type, id: itemId(n.accountNumber, o.type, o.item) },
          amount: o.cents === null ? undefined : formatAmount(o.cents, { code: 'USD', minorUnit: 2 }),
          actor: admin,
        });
      return;
    }
    case 'cancel': {
      const p = pick(payments, o.payment);
      if (p) await ledger.cancelPayment({ paymentId: p.id, reason: 'test', actor: admin });
      return;
    }
    case 'advance':
      clock.now += o.hours * 3_600_000;
  }
}

const seqOf = (id: string) => Number(/(\d+)$/.exec(id)![1]);
const gapless = (ids: string[], start: number) =>
  expect(ids.map(seqOf).sort((a, b) => a - b)).toEqual(ids.map((_, i) => start + i));

async function checkInvariants(ledger: Ledger, store: MemoryStore, clock: { now: number }): Promise<void> {
  const { collections, audit } = store.dump();
  const today = localDate(clock.now, TZ);
  // Numbers: unique and gapless, each from its own counter.
  gapless(
    collections.payments.map((p) => p.id),
    1,
  );
  gapless(
    collections.payments.map((p) => p.transactionId),
    1,
  );
  gapless(
    collections.payments.map((p) => p.receiptNumber),
    5001,
  );
  gapless(
    collections.creditNotes.map((n) => n.id),
    1,
  );
  const notesOf = new Map<string, typeof collections.creditNotes>();
  for (const n of collections.creditNotes) notesOf.set(n.paymentId, [...(notesOf.get(n.paymentId) ?? []), n]);
  const paidTo = new Map<string, number>();
  for (const p of collections.payments) {
    // Allocations always sum to the payment.
    expect(p.allocations.reduce((s, a) => s + a.paid, 0)).toBe(p.amount);
    if (p.status === 'Posted') {
      const overpayment =
        p.overpaymentNote === null ? 0 : collections.creditNotes.find((n) => n.id === p.overpaymentNote)!.amount;
      expect(p.allocations.reduce((s, a) => s + a.applied, 0) + overpayment).toBe(p.amount);
      for (const a of p.allocations) paidTo.set(a.item, (paidTo.get(a.item) ?? 0) + a.applied);
    }
    // Total credited never exceeds the payment.
    const credited = (notesOf.get(p.id) ?? []).reduce((s, n) => s + n.amount, 0);
    expect(credited).toBe(p.credited);
    expect(credited).toBeLessThanOrEqual(p.amount);
  }
  const creditedTo = new Map<string, number>();
  for (const n of collections.creditNotes) {
    expect(n.applications.reduce((s, a) => s + a.amount, 0)).toBe(n.applied);
    expect(n.amount - n.applied).toBeGreaterThanOrEqual(0);
    for (const a of n.applications) creditedTo.set(a.item, (creditedTo.get(a.item) ?? 0) + a.amount);
    const view = await ledger.getCreditNote(n.id);
    // remaining = amount − applied; status matches remaining and expiry.
    expect(view.remaining).toBe(formatAmount(n.amount - n.applied, { code: 'USD', minorUnit: 2 }));
    const expected = n.voided
      ? 'Void'
      : n.applied === n.amount
        ? 'Applied'
        : today > n.expiresAt
          ? 'Expired'
          : 'Active';
    expect(view.status).toBe(expected);
    expect(view.usagePercent).toBe(percentage(n.applied, n.amount));
  }
  // Items: what they received equals what payments and credit notes gave them, never more than owed.
  const items = [
    ...collections.bills.map((b) => [b.id, b.amount, b.paid, b.credited] as const),
    ...collections.serviceCharges.map((s) => [s.id, s.amount, s.paid, s.credited] as const),
    ...collections.plans.flatMap((p) =>
      p.installments.map((i) => [`${p.id}#${i.number}`, i.amount, i.paid, i.credited] as const),
    ),
  ];
  for (const [id, amount, paid, credited] of items) {
    expect(paid).toBe(paidTo.get(id) ?? 0);
    expect(credited).toBe(creditedTo.get(id) ?? 0);
    expect(paid + credited).toBeLessThanOrEqual(amount);
  }
  // Balances move by posted payments only.
  for (const c of collections.consumers) {
    const posted = collections.payments
      .filter((p) => p.accountNumber === c.accountNumber && p.status === 'Posted')
      .reduce((s, p) => s + p.amount, 0);
    expect(c.balance).toBe(90_000 - posted);
  }
  // KPIs (integer minor units) agree to the cent with decimal.js over the public amount strings.
  const months = new Set(collections.payments.map((p) => localDate(p.date, TZ).slice(0, 7)));
  for (const month of months) {
    const k = await ledger.kpis({ month, today });
    const posted = (await ledger.searchPayments({ statuses: ['Posted'], limit: 10_000 })).items.filter((p) =>
      p.paymentDate.startsWith(month),
    );
    const decimal = posted.reduce((sum, p) => sum.plus(p.amount), new Dec(0));
    expect(k.totalCollected.amount).toBe(decimal.toFixed(2));
    expect(k.totalCollected.count).toBe(posted.length);
  }
  // The audit trail is numbered without gaps.
  expect(audit.map((e) => e.seq)).toEqual(audit.map((_, i) => i + 1));
}

describe('properties over random operation sequences (fixed global seed)', () => {
  it('allocations sum to the payment; remaining = amount − applied ≥ 0; statuses match; credited ≤ payment; numbers unique and gapless', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 25 }), async (ops) => {
        const { ledger, store, clock } = await setup();
        for (const o of ops) {
          try {
            await run(ledger, store, clock, o);
          } catch (e) {
            // Refusals are part of the game; anything else is a bug.
            if (!(e instanceof HotleadsError)) throw e;
          }
        }
        await checkInvariants(ledger, store, clock);
      }),
    );
  }, 60_000); // a few seconds normally; generous for a busy CI machine
});
