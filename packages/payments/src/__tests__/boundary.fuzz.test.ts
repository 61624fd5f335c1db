// The boundary fuzz suite of @hotleads/payments (docs/payments.md, "Guarantees"): every runtime
// export of `@hotleads/payments` and `@hotleads/payments/testing`, and every method of a created
// `Ledger`, is called with valid and hostile arguments through the shared harness
// (test/boundary/harness.ts). The oracle: only HotleadsErrors, no hang, no mutated argument; after
// a refused ledger write the memory store's dump (records, audit, sequences) is what it was (a
// FORBIDDEN refusal adds exactly its `permission.denied` audit entry); after a successful call the
// ledger's invariants hold (allocations sum to the payment, remaining ≥ 0, credited ≤ payment,
// balances follow posted payments, numbers unique and gapless, one payment per gateway payment).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatAmount, HotleadsError, isHotleadsError, USD, type Currency } from '@hotleads/core';
import * as main from '../index';
import * as testing from '../testing/index';
import { boundarySuite, type FunctionSpec, type SpecTable } from '../../../../test/boundary/harness';
import { hostile, hostileNumber, hostileString } from '../../../../test/boundary/hostile';
import type { Ledger } from '../createLedger';
import type { MemoryStore, MemoryStoreDump } from '../store/createMemoryStore';
import { Dec } from '../money/decimal';

const { admin, cashPayment, jane, manager, SAMPLE_NOW, sampleWorld, seedSample } = testing;

// ─── Perturbation: a valid value with one field (at any depth) replaced, dropped, or the whole hostile ───

type Path = Array<string | number>;

function pathsOf(value: unknown, prefix: Path = [], depth = 0): Path[] {
  if (depth > 3 || value === null || typeof value !== 'object' || value instanceof Date) return [];
  if (Object.getPrototypeOf(value) !== Object.prototype && !Array.isArray(value)) return [];
  return Object.keys(value).flatMap((k) => {
    const key = Array.isArray(value) ? Number(k) : k;
    const path = [...prefix, key];
    return [path, ...pathsOf((value as Record<string, unknown>)[k], path, depth + 1)];
  });
}

function setAt(value: unknown, path: Path, replace: (old: unknown) => unknown): unknown {
  if (path.length === 0) return replace(value);
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...(value as unknown[])] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  const next = setAt(copy[head!], rest, replace);
  if (next === DROP) delete copy[head!];
  else copy[head!] = next;
  return copy;
}
const DROP = Symbol('drop');

/** Mostly valid values; else one field replaced by a hostile value or dropped; else hostile. */
function perturbed<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  const atPath = (replacement: fc.Arbitrary<unknown>) =>
    valid.chain((v) => {
      const paths = pathsOf(v);
      if (paths.length === 0) return fc.constant<unknown>(v);
      return fc.tuple(fc.constantFrom(...paths), replacement).map(([p, r]) => setAt(v, p, () => r));
    });
  return fc.oneof(
    { weight: 4, arbitrary: valid },
    { weight: 3, arbitrary: atPath(hostile) },
    { weight: 1, arbitrary: atPath(fc.constant(DROP)) },
    { weight: 1, arbitrary: hostile },
  );
}

// ─── The sample world every ledger spec starts from ───

type World = { ledger: Ledger; memory: MemoryStore };

/** The sample account, a second one (WU-10002, bill INV-B), a posted payment with its $4.50 note, a pending online payment. */
async function seededWorld(): Promise<World> {
  const { ledger, memory } = sampleWorld();
  await seedSample(ledger);
  await ledger.addConsumer({ accountNumber: 'WU-10002', name: 'Mary Major', balance: '80.00' });
  await ledger.addBill({
    accountNumber: 'WU-10002',
    invoiceNumber: 'INV-B',
    period: 'Mar 2025',
    amount: '80.00',
    issuedAt: '2025-03-31T12:00:00Z',
    dueDate: '2025-04-15',
  });
  await ledger.recordPayment({ ...cashPayment, amount: '150.00', changeGiven: '0', idempotencyKey: 'k-base' });
  await ledger.ingestGatewayEvent(gatewayEvent);
  return { ledger, memory };
}

const gatewayEvent = {
  provider: 'stripe',
  eventId: 'evt-1',
  gatewayPaymentId: 'pi-1',
  status: 'succeeded',
  accountNumber: 'WU-10002',
  type: 'bill' as const,
  items: ['INV-B'],
  amount: '80.00',
  occurredAt: '2025-04-19T10:00:00Z',
};

// ─── Valid-ish requests (real ids, plausible values, some of them refused by the rules) ───

const account = fc.constantFrom('WU-10001', 'WU-10002', 'WU-404');
const itemType = fc.constantFrom('bill' as const, 'service' as const, 'installment' as const);
const itemId = fc.constantFrom(
  'INV-2025-001234',
  'INV-2025-001567',
  'INV-B',
  'SC-LATE',
  'SC-RECONNECT',
  'PP-2025-0034#1',
  'PP-2025-0034#2',
  'PP-2025-0034',
);
const amount = fc.oneof(
  fc.integer({ min: 1, max: 40_000 }).map((c) => (c / 100).toFixed(2)),
  fc.integer({ min: 0, max: 400 }),
  fc.constantFrom('0', '-1.00', '10.005', '1e3', ' 25.00 ', '999999999999999999.99'),
);
const actor = fc.constantFrom(jane, manager, admin, { id: 'u-x', name: 'Nobody', role: 'nobody' });
const instant = fc.oneof(
  fc.integer({ min: Date.parse('2025-03-01T00:00:00Z'), max: Date.parse('2025-04-21T00:00:00Z') }),
  fc.constantFrom('2025-04-19T10:00:00Z', '2025-04-20T10:30:00-04:00', '2025-04-20T14:30:00', '2026-01-01T00:00:00Z'),
  fc.constant(null).map(() => new Date('2025-04-18T00:00:00Z')),
);
const date = fc.constantFrom('2025-04-15', '2025-05-01', '2024-02-29', '2025-02-30', '20250401', '0999-01-01');
const key = fc.option(fc.constantFrom('k-base', 'k-1', 'k-2'), { nil: undefined });
const payment = fc.constantFrom('PAY-2025-004521', 'PAY-2025-004522', 'PAY-404');
const note = fc.constantFrom('CN-46129', 'CN-404');
const text = fc.oneof(
  fc.constantFrom(
    '',
    'doe',
    'WU-1',
    'R-5',
    'CN-',
    'pay',
    '(.*',
    '('.repeat(1_000),
    'x'.repeat(1_001),
    'x'.repeat(40_000),
  ),
  fc.string({ maxLength: 8 }),
);
const dateRange = fc.oneof(
  fc.record({ preset: fc.constantFrom('today', 'thisWeek', 'thisMonth') }),
  fc.record({ from: date, to: date }),
);
const page = { limit: fc.integer({ min: 1, max: 60 }), offset: fc.integer({ min: 0, max: 5 }) };

/** `fc.record` whose keys are all optional. */
const partial = <T extends Record<string, fc.Arbitrary<unknown>>>(model: T) => fc.record(model, { requiredKeys: [] });

const requests = {
  addConsumer: fc.record(
    {
      accountNumber: fc.constantFrom('WU-20001', 'WU-10001', ''),
      name: fc.constantFrom('Ann Able', ' '),
      serviceAddress: fc.constant('1 Road'),
      phone: fc.constant('555'),
      email: fc.constant('a@b.c'),
      balance: fc.oneof(amount, fc.constant('-12.50')),
      actor,
      idempotencyKey: key,
    },
    { requiredKeys: ['accountNumber', 'name', 'balance'] },
  ),
  addBill: fc.record(
    {
      accountNumber: account,
      invoiceNumber: fc.constantFrom('INV-NEW', 'INV-B'),
      period: fc.constant('Apr 2025'),
      amount,
      issuedAt: instant,
      dueDate: date,
      actor,
      idempotencyKey: key,
    },
    { requiredKeys: ['accountNumber', 'invoiceNumber', 'period', 'amount', 'issuedAt', 'dueDate'] },
  ),
  addServiceCharge: fc.record(
    {
      accountNumber: account,
      id: fc.constantFrom('SC-NEW', 'SC-LATE'),
      description: fc.constant('Fee'),
      amount,
      serviceDate: date,
      actor,
      idempotencyKey: key,
    },
    { requiredKeys: ['accountNumber', 'id', 'description', 'amount', 'serviceDate'] },
  ),
  addInstallmentPlan: fc.record(
    {
      accountNumber: account,
      planId: fc.constantFrom('PP-NEW', 'PP-2025-0034', 'PP#1'),
      installments: fc.array(fc.record({ number: fc.integer({ min: 0, max: 4 }), amount, dueDate: date }), {
        maxLength: 3,
      }),
      actor,
      idempotencyKey: key,
    },
    { requiredKeys: ['accountNumber', 'planId', 'installments'] },
  ),
  payment: fc.record(
    {
      accountNumber: account,
      type: itemType,
      items: fc.uniqueArray(itemId, { minLength: 1, maxLength: 3 }),
      amount,
      method: fc.constantFrom('Cash', 'Check', 'Credit Card', 'Barter'),
      channel: fc.constantFrom('Walk-in', 'Online', 'Pigeon'),
      date: instant,
      tendered: amount,
      changeGiven: amount,
      notes: fc.constantFrom('note', 'x'.repeat(501)),
      creditNoteRemarks: fc.constant('left on account'),
      actor,
      idempotencyKey: key,
    },
    { requiredKeys: ['accountNumber', 'type', 'items', 'amount', 'method', 'actor'] },
  ),
  gatewayEvent: fc
    .record(
      {
        provider: fc.constantFrom('stripe', 'adyen', 'constructor'),
        eventId: fc.constantFrom('evt-1', 'evt-2', 'evt-3'),
        gatewayPaymentId: fc.constantFrom('pi-1', 'pi-2'),
        status: fc.constantFrom('succeeded', 'failed', 'toString', '__proto__'),
        accountNumber: account,
        type: itemType,
        items: fc.uniqueArray(itemId, { minLength: 1, maxLength: 2 }),
        amount,
        method: fc.constantFrom('Credit Card', 'Cash'),
        channel: fc.constantFrom('Online', 'Walk-in'),
        occurredAt: instant,
      },
      {
        requiredKeys: ['provider', 'eventId', 'gatewayPaymentId', 'status', 'accountNumber', 'type', 'items', 'amount'],
      },
    )
    .map((e) => ({ occurredAt: '2025-04-19T12:00:00Z', ...e })),
  verifyPayment: fc.record(
    { paymentId: payment, actor, idempotencyKey: key },
    { requiredKeys: ['paymentId', 'actor'] },
  ),
  cancelPayment: fc.record(
    { paymentId: payment, reason: fc.constantFrom('Duplicate', ''), actor, idempotencyKey: key },
    { requiredKeys: ['paymentId', 'reason', 'actor'] },
  ),
  createCreditNote: fc.record(
    {
      paymentId: payment,
      amount,
      reason: fc.constantFrom('Billing Error', 'Overpayment', 'Whim'),
      remarks: fc.constantFrom('ok', 'r'.repeat(501)),
      actor,
      idempotencyKey: key,
    },
    { requiredKeys: ['paymentId', 'reason', 'actor'] },
  ),
  applyCreditNote: fc.record(
    {
      creditNoteNumber: note,
      item: fc.record({ type: itemType, id: itemId }),
      amount,
      actor,
      idempotencyKey: key,
    },
    { requiredKeys: ['creditNoteNumber', 'item', 'actor'] },
  ),
  paymentQuery: partial({
    text,
    dateRange,
    methods: fc.array(fc.constantFrom('Cash', 'Check', 'Credit Card')),
    statuses: fc.array(fc.constantFrom('Posted', 'Pending', 'Failed', 'Cancelled')),
    types: fc.array(itemType),
    channels: fc.array(fc.constantFrom('Walk-in', 'Online')),
    accountNumber: account,
    minAmount: amount,
    maxAmount: amount,
    sort: fc.oneof(
      fc.constantFrom('newest', 'oldest'),
      fc.record(
        { key: fc.constantFrom(...main.PAYMENT_SORT_KEYS, 'nope'), direction: fc.constantFrom('asc', 'desc', 'up') },
        { requiredKeys: ['key'] },
      ),
    ),
    ...page,
  }),
  creditNoteQuery: partial({
    text,
    statuses: fc.array(fc.constantFrom('Active', 'Applied', 'Expired', 'Void')),
    dateRange,
    reasons: fc.array(fc.constantFrom('Overpayment', 'Other')),
    accountNumber: account,
    remaining: fc.constantFrom('fullyUsed', 'partial', 'full'),
    linkedReceipt: fc.constantFrom('R-5001', 'r-50', ''),
    minAmount: amount,
    maxAmount: amount,
    sort: fc.oneof(
      fc.constantFrom('newest', 'oldest'),
      fc.record(
        {
          key: fc.constantFrom(...main.CREDIT_NOTE_SORT_KEYS, 'method'),
          direction: fc.constantFrom('asc', 'desc', 'up'),
        },
        { requiredKeys: ['key'] },
      ),
    ),
    ...page,
  }),
};

// ─── Coherent requests: ids, amounts and roles that fit the world, so most of them are accepted ───

const cents = (max: number) => fc.integer({ min: 1, max }).map((c) => (c / 100).toFixed(2));
const pastInstant = fc.integer({ min: Date.parse('2025-04-01T00:00:00Z'), max: Date.parse(SAMPLE_NOW) });
/** What each account owes, by type (the base payment settled INV-2025-001234; INV-B's online payment is pending). */
const OPEN = {
  'WU-10001': {
    bill: ['INV-2025-001567'],
    service: ['SC-LATE', 'SC-RECONNECT'],
    installment: ['PP-2025-0034#1', 'PP-2025-0034#2', 'PP-2025-0034#3'],
  },
  'WU-10002': { bill: ['INV-B'] },
} as const;
const openItems = fc.constantFrom(
  ...Object.entries(OPEN).flatMap(([accountNumber, byType]) =>
    Object.entries(byType).map(([type, ids]) => ({ accountNumber, type: type as 'bill', ids: [...ids] })),
  ),
);
const coherentPayment = openItems.chain(({ accountNumber, type, ids }) =>
  fc
    .record({
      items: fc.shuffledSubarray(ids, { minLength: 1 }),
      amount: cents(accountNumber === 'WU-10001' ? 19_575 : 18_000),
      method: fc.constantFrom('Check', 'Credit Card', 'Cash'),
      change: fc.option(cents(2_000)),
      date: fc.option(pastInstant, { nil: undefined }),
      actor: fc.constantFrom(jane, admin),
      idempotencyKey: fc.option(fc.constantFrom('k-1', 'k-2'), { nil: undefined }),
    })
    .map(({ change, method, ...r }) => ({
      accountNumber,
      type,
      method,
      ...r,
      ...(method === 'Cash' && change !== null
        ? { tendered: new Dec(r.amount).plus(change).toFixed(2), changeGiven: change }
        : {}),
    })),
);
const coherent = {
  addBill: fc.record({
    accountNumber: fc.constantFrom('WU-10001', 'WU-10002'),
    invoiceNumber: fc.constantFrom('INV-NEW', 'INV-NEW-2'),
    period: fc.constant('Apr 2025'),
    amount: cents(50_000),
    issuedAt: pastInstant,
    dueDate: fc.constantFrom('2025-04-30', '2025-05-15'),
  }),
  addServiceCharge: fc.record({
    accountNumber: fc.constantFrom('WU-10001', 'WU-10002'),
    id: fc.constantFrom('SC-NEW', 'SC-NEW-2'),
    description: fc.constant('Meter test'),
    amount: cents(50_000),
    serviceDate: fc.constantFrom('2025-04-19', '2025-04-20'),
  }),
  addInstallmentPlan: fc.record({
    accountNumber: fc.constantFrom('WU-10001', 'WU-10002'),
    planId: fc.constant('PP-NEW'),
    installments: fc
      .uniqueArray(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 4 })
      .chain((numbers) =>
        fc.tuple(
          ...numbers.map((number) => fc.record({ number: fc.constant(number), amount: cents(10_000), dueDate: date })),
        ),
      ),
  }),
  gatewayEvent: openItems.chain(({ accountNumber, type, ids }) =>
    fc.record({
      provider: fc.constant('stripe'),
      eventId: fc.constantFrom('evt-2', 'evt-3'),
      gatewayPaymentId: accountNumber === 'WU-10002' ? fc.constantFrom('pi-1', 'pi-2') : fc.constant('pi-2'),
      status: fc.constantFrom('succeeded', 'succeeded', 'failed', 'toString', '__proto__', 'constructor'),
      accountNumber: fc.constant(accountNumber),
      type: fc.constant(type),
      items: fc.shuffledSubarray(ids, { minLength: 1 }),
      amount: cents(50_000),
      occurredAt: fc.oneof(pastInstant, fc.constant('2025-04-19T08:00:00-04:00')),
    }),
  ),
  cancelPayment: fc.record({
    paymentId: fc.constantFrom('PAY-2025-004521', 'PAY-2025-004522'),
    reason: fc.constant('Entered twice'),
    actor: fc.constant(admin),
  }),
  createCreditNote: fc.record(
    {
      paymentId: fc.constant('PAY-2025-004521'),
      amount: cents(14_550),
      reason: fc.constantFrom('Billing Error', 'Refund Request', 'Other'),
      remarks: fc.constant('as agreed'),
      actor: fc.constantFrom(manager, admin),
    },
    { requiredKeys: ['paymentId', 'reason', 'actor'] },
  ),
  applyCreditNote: fc.record(
    {
      creditNoteNumber: fc.constant('CN-46129'),
      item: fc.constantFrom(
        ...OPEN['WU-10001'].service.map((id) => ({ type: 'service' as const, id })),
        ...OPEN['WU-10001'].installment.map((id) => ({ type: 'installment' as const, id })),
        { type: 'bill' as const, id: 'INV-2025-001567' },
      ),
      amount: cents(450),
      actor: fc.constant(manager),
    },
    { requiredKeys: ['creditNoteNumber', 'item', 'actor'] },
  ),
};
/** Mostly coherent requests, sometimes rough ones. */
const mostly = <A, B>(good: fc.Arbitrary<A>, rough: fc.Arbitrary<B>) =>
  fc.oneof({ weight: 3, arbitrary: good }, { weight: 1, arbitrary: rough });

// ─── Oracles ───

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** The ledger's invariants over a memory store's dump. */
function checkInvariants(dump: MemoryStoreDump): void {
  const { payments, creditNotes, consumers, bills, serviceCharges, plans, gatewayPayments } = dump.collections;
  for (const p of payments) {
    expect(['Posted', 'Pending', 'Failed', 'Cancelled']).toContain(p.status);
    if (p.allocations.length > 0) expect(sum(p.allocations.map((a) => a.paid)), `${p.id} allocations`).toBe(p.amount);
    for (const a of p.allocations) expect(a.applied >= 0 && a.applied <= a.due).toBe(true);
    const notes = creditNotes.filter((n) => n.paymentId === p.id);
    expect(p.credited, `${p.id} credited`).toBe(sum(notes.map((n) => n.amount)));
    expect(p.credited).toBeLessThanOrEqual(p.amount);
  }
  for (const n of creditNotes) {
    expect(n.applied >= 0 && n.applied <= n.amount, `${n.id} remaining ≥ 0`).toBe(true);
    expect(n.applied).toBe(sum(n.applications.map((a) => a.amount)));
  }
  const items = [...bills, ...serviceCharges, ...plans.flatMap((p) => p.installments)];
  for (const i of items) expect(i.paid >= 0 && i.credited >= 0 && i.paid + i.credited <= i.amount).toBe(true);
  // Balances follow posted payments from the balance each consumer was created with.
  for (const c of consumers) {
    const created = dump.audit.find((e) => e.action === 'consumer.created' && e.entityId === c.id)!;
    const posted = payments.filter((p) => p.accountNumber === c.id && p.status === 'Posted');
    expect(c.balance, `${c.id} balance`).toBe(
      (created.after as { balance: number }).balance - sum(posted.map((p) => p.amount)),
    );
  }
  // Numbers: unique and gapless from the sample's starts.
  for (const [field, start] of [
    ['transactionId', 8934],
    ['receiptNumber', 5001],
  ] as const) {
    const values = payments.map((p) => p[field]);
    expect(new Set(values).size).toBe(values.length);
    expect(dump.sequences[field === 'transactionId' ? 'transaction' : 'receipt']).toBe(start + values.length - 1);
  }
  expect(dump.sequences.payment).toBe(4521 + payments.length - 1);
  expect(dump.sequences.creditNote).toBe(46129 + creditNotes.length - 1);
  // One payment per gateway payment, and one key per gateway payment.
  const online = payments.filter((p) => p.gateway !== null);
  expect(gatewayPayments.map((g) => g.paymentId).sort()).toEqual(online.map((p) => p.id).sort());
  expect(new Set(online.map((p) => `${p.gateway!.provider}\u0000${p.gateway!.gatewayPaymentId}`)).size).toBe(
    online.length,
  );
  expect(dump.audit.map((e) => e.seq)).toEqual(dump.audit.map((_, i) => i + 1));
}

/** A refused write wrote nothing; a refused role wrote exactly its `permission.denied` entry. */
function unchanged(world: World, before: unknown, error: unknown): void {
  const was = before as MemoryStoreDump;
  const now = world.memory.dump();
  if (isHotleadsError(error, 'FORBIDDEN')) {
    expect(now.audit.slice(was.audit.length).map((e) => e.action)).toEqual(['permission.denied']);
    expect({ ...now, audit: now.audit.slice(0, was.audit.length) }).toEqual(was);
  } else expect(now).toEqual(was);
}

/** A ledger write: fresh world per run, dump compared after a refusal, invariants after success. */
function write(
  method: keyof Ledger,
  args: fc.Arbitrary<readonly unknown[]>,
  check?: (result: unknown) => void,
): FunctionSpec<World> {
  return {
    args,
    setup: seededWorld,
    call: (a, w) => (w.ledger[method] as (...x: unknown[]) => unknown)(...a),
    before: (w) => w.memory.dump(),
    afterRefused: unchanged,
    check: (result, _args, w) => {
      checkInvariants(w.memory.dump());
      check?.(result);
    },
  };
}

/** A ledger read: one shared world, built once (reads write nothing, which is checked after every call). */
function read(
  method: keyof Ledger,
  args: fc.Arbitrary<readonly unknown[]>,
  check?: (result: unknown) => void,
): FunctionSpec<World & { built: MemoryStoreDump }> {
  let world: Promise<World & { built: MemoryStoreDump }> | undefined;
  return {
    args,
    setup: () => (world ??= seededWorld().then((w) => ({ ...w, built: w.memory.dump() }))),
    call: (a, w) => (w.ledger[method] as (...x: unknown[]) => unknown)(...a),
    afterRefused: (w) => expect(w.memory.dump()).toEqual(w.built),
    check: (result, _args, w) => {
      check?.(result);
      expect(w.memory.dump()).toEqual(w.built);
    },
  };
}

const one = <T>(a: fc.Arbitrary<T>) => fc.tuple(a);
const maybe = (a: fc.Arbitrary<unknown>) => fc.option(a, { nil: undefined });

// ─── The Ledger: every method of a created ledger ───

const ledgerSpecs: SpecTable = {
  paymentOptions: read('paymentOptions', fc.array(hostile, { maxLength: 2 }), (r) =>
    expect((r as { channels: string[] }).channels).toContain('Walk-in'),
  ),
  addConsumer: write('addConsumer', one(perturbed(requests.addConsumer))),
  addBill: write('addBill', one(perturbed(mostly(coherent.addBill, requests.addBill)))),
  addServiceCharge: write(
    'addServiceCharge',
    one(perturbed(mostly(coherent.addServiceCharge, requests.addServiceCharge))),
  ),
  addInstallmentPlan: write(
    'addInstallmentPlan',
    one(perturbed(mostly(coherent.addInstallmentPlan, requests.addInstallmentPlan))),
  ),
  previewPayment: read('previewPayment', one(perturbed(mostly(coherentPayment, requests.payment))), (r) => {
    const p = r as { allocations: Array<{ paid: string }>; summary: { amount: string } };
    const paid = p.allocations.reduce((s, a) => s.plus(a.paid), new Dec(0));
    expect(paid.eq(p.summary.amount)).toBe(true);
  }),
  recordPayment: write('recordPayment', one(perturbed(mostly(coherentPayment, requests.payment))), (r) => {
    const { payment: p, creditNote } = r as {
      payment: { amount: string; allocations: Array<{ paid: string }> };
      creditNote?: { remaining: string };
    };
    expect(p.allocations.reduce((s, a) => s.plus(a.paid), new Dec(0)).eq(p.amount)).toBe(true);
    if (creditNote !== undefined) expect(new Dec(creditNote.remaining).gte(0)).toBe(true);
  }),
  ingestGatewayEvent: write('ingestGatewayEvent', one(perturbed(mostly(coherent.gatewayEvent, requests.gatewayEvent)))),
  verifyPayment: write('verifyPayment', one(perturbed(requests.verifyPayment))),
  cancelPayment: write('cancelPayment', one(perturbed(mostly(coherent.cancelPayment, requests.cancelPayment)))),
  can: read(
    'can',
    fc.tuple(
      fc.oneof(actor, fc.record({ role: fc.constantFrom('admin', ' admin', 'toString') }), hostile),
      fc.oneof(fc.constantFrom('record', 'credit', 'reverse', 'verify', 'cancel', 'constructor'), hostile),
    ),
    (r) => expect(typeof r).toBe('boolean'),
  ),
  previewCreditNote: read(
    'previewCreditNote',
    one(perturbed(mostly(coherent.createCreditNote, requests.createCreditNote))),
    (r) => {
      const p = r as { valid: boolean; problems: unknown[]; remainingAfter: string };
      expect(p.valid).toBe(p.problems.length === 0);
      expect(new Dec(p.remainingAfter).gte(0)).toBe(true);
    },
  ),
  createCreditNote: write(
    'createCreditNote',
    one(perturbed(mostly(coherent.createCreditNote, requests.createCreditNote))),
    (r) => expect(new Dec((r as { remaining: string }).remaining).gte(0)).toBe(true),
  ),
  applyCreditNote: write(
    'applyCreditNote',
    one(perturbed(mostly(coherent.applyCreditNote, requests.applyCreditNote))),
    (r) => expect(new Dec((r as { remaining: string }).remaining).gte(0)).toBe(true),
  ),
  getConsumer: read('getConsumer', one(fc.oneof(account, hostile))),
  searchConsumers: read(
    'searchConsumers',
    fc.tuple(
      fc.oneof(text, hostileString, hostile),
      maybe(perturbed(partial({ limit: fc.integer({ min: 1, max: 30 }) }))),
    ),
  ),
  unpaidItems: read('unpaidItems', fc.tuple(fc.oneof(account, hostile), fc.oneof(itemType, hostile))),
  getPayment: read('getPayment', one(fc.oneof(payment, hostile))),
  getReceipt: read('getReceipt', one(fc.oneof(fc.constantFrom('R-5001', 'R-404'), hostile))),
  getCreditNote: read('getCreditNote', one(fc.oneof(note, hostile))),
  getPlan: read('getPlan', one(fc.oneof(fc.constantFrom('PP-2025-0034', 'PP-404'), hostile))),
  consumerPlans: read('consumerPlans', one(fc.oneof(account, hostile)), (r) => expect(Array.isArray(r)).toBe(true)),
  planAlerts: read('planAlerts', one(maybe(fc.oneof(instant, hostileNumber, hostile)))),
  searchPayments: read('searchPayments', one(maybe(perturbed(requests.paymentQuery))), (r) => {
    const { total, items } = r as { total: number; items: unknown[] };
    expect(items.length).toBeLessThanOrEqual(total);
  }),
  searchCreditNotes: read('searchCreditNotes', one(maybe(perturbed(requests.creditNoteQuery))), (r) => {
    const { items } = r as { items: Array<{ remaining: string }> };
    for (const n of items) expect(new Dec(n.remaining).gte(0)).toBe(true);
  }),
  checkPaymentQuery: read('checkPaymentQuery', one(maybe(perturbed(requests.paymentQuery))), (r) => {
    for (const p of r as Array<{ path: unknown; message: unknown }>) {
      expect(Array.isArray(p.path)).toBe(true);
      expect(typeof p.message).toBe('string');
    }
  }),
  checkCreditNoteQuery: read('checkCreditNoteQuery', one(maybe(perturbed(requests.creditNoteQuery))), (r) => {
    for (const p of r as Array<{ path: unknown; message: unknown }>) {
      expect(Array.isArray(p.path)).toBe(true);
      expect(typeof p.message).toBe('string');
    }
  }),
  kpis: read('kpis', one(perturbed(fc.record({ month: fc.constantFrom('2025-04', '2025-13', '999-1'), today: date })))),
  exportCsv: read(
    'exportCsv',
    one(
      perturbed(
        fc.oneof(fc.record({ payments: requests.paymentQuery }), fc.record({ creditNotes: requests.creditNoteQuery })),
      ),
    ),
    (r) => expect(typeof r).toBe('string'),
  ),
  auditTrail: read(
    'auditTrail',
    one(maybe(perturbed(partial({ entityId: fc.constantFrom('WU-10001', 'PAY-2025-004521'), limit: fc.nat(30) })))),
    (r) => expect(Array.isArray(r)).toBe(true),
  ),
};

// ─── @hotleads/payments: the pure functions ───

const currency = fc.constantFrom<Currency>(USD, { code: 'JPY', minorUnit: 0 }, { code: 'KWD', minorUnit: 3 });
const validSettings = partial({
  timeZone: fc.constantFrom('America/New_York', 'UTC', 'Mars/Olympus'),
  weekStartsOn: fc.constantFrom(0, 1, 7),
  overpaymentThreshold: fc.constantFrom('100.00', '-1', 5),
  creditNoteExpiryDays: fc.constantFrom(null, 30),
  numberFormats: partial({ receipt: fc.record({ format: fc.constantFrom('R-{seq}', 'R-{x}'), start: fc.nat(10) }) }),
  gatewayStatusMap: fc.constant({
    stripe: {
      succeeded: { webhookStatus: 'In Settlement', settlementStatus: 'In Progress', paymentStatus: 'Pending' },
    },
  }),
  plans: partial({ graceDays: fc.nat(10), partialTolerancePercent: fc.constantFrom('5', '101') }),
});
const ledgerOptions = partial({
  settings: validSettings,
  store: fc.constant(null).map(() => main.createMemoryStore()),
  clock: fc.constant(() => new Date(SAMPLE_NOW)),
});
const isLedger = (r: unknown) => {
  for (const m of Object.keys(ledgerSpecs)) expect(typeof (r as Record<string, unknown>)[m]).toBe('function');
};
const minor = fc.oneof(fc.integer({ min: -1e6, max: 1e6 }), fc.constantFrom(0, Number.MAX_SAFE_INTEGER));
const target = fc.record({ id: itemId, dueDate: date, outstanding: fc.nat(50_000) });

const mainSpecs: SpecTable = {
  createLedger: { args: one(maybe(perturbed(ledgerOptions))), check: isLedger },
  resolveSettings: {
    args: one(maybe(perturbed(validSettings))),
    check: (r) => expect(Object.isFrozen(r)).toBe(true),
  },
  createMemoryStore: {
    args: fc.array(hostile, { maxLength: 1 }),
    check: (r) => expect(typeof (r as MemoryStore).dump).toBe('function'),
  },
  parseAmount: {
    args: fc.tuple(
      fc.oneof(amount, hostileString, hostileNumber, hostile),
      fc.oneof({ weight: 4, arbitrary: currency }, { weight: 1, arbitrary: perturbed(currency) }),
      maybe(
        perturbed(partial({ path: fc.constant(['amount']), allowZero: fc.boolean(), allowNegative: fc.boolean() })),
      ),
    ),
    check: (r, [value, c, o]) => {
      expect(Number.isSafeInteger(r)).toBe(true);
      if ((o as { allowNegative?: boolean } | undefined)?.allowNegative !== true) expect(r).toBeGreaterThanOrEqual(0);
      if (typeof value === 'string' && /^\d+(\.\d+)?$/.test(value.trim()))
        expect(new Dec(formatAmount(r as number, c as Currency)).eq(value.trim())).toBe(true);
    },
  },
  sumMinor: {
    args: one(
      fc.oneof(
        fc.array(minor, { maxLength: 20 }),
        fc.array(fc.oneof(minor, hostileNumber), { maxLength: 5 }),
        fc.array(minor).map((a) => new Set(a)),
        hostile,
      ),
    ),
    check: (r, [values]) => expect(r).toBe([...(values as Iterable<number>)].reduce((s, v) => s + BigInt(v), 0n)),
  },
  percentage: {
    args: fc.tuple(
      fc.oneof(minor, fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.constantFrom('12.5', 'x'), hostile),
      fc.oneof(minor, fc.constantFrom(0, '0', '3'), hostile),
      maybe(perturbed(partial({ decimals: fc.nat(4) }))),
    ),
    check: (r, [part, whole, o]) => {
      if (r === null) expect(new Dec(String(whole)).isZero()).toBe(true);
      else {
        const decimals = (o as { decimals?: number } | undefined)?.decimals ?? 1;
        const exact = new Dec(String(part)).div(String(whole)).times(100);
        expect(new Dec(r as string).minus(exact).abs().lte(new Dec(10).pow(-decimals))).toBe(true);
      }
    },
  },
  allocateOldestFirst: {
    args: fc.tuple(
      fc.oneof(fc.nat(100_000), hostileNumber, hostile),
      fc.oneof(
        { weight: 3, arbitrary: fc.array(target, { minLength: 1, maxLength: 4 }) },
        { weight: 2, arbitrary: perturbed(fc.array(target, { maxLength: 3 })) },
      ),
    ),
    check: (r, [amt]) => {
      const { shares, surplus } = r as main.OldestFirstAllocation;
      expect(sum(shares.map((s) => s.paid)) === amt).toBe(true);
      expect(surplus).toBeGreaterThanOrEqual(0);
      for (const s of shares) expect(s.applied >= 0 && s.applied <= s.due).toBe(true);
    },
  },
  allocateByRatios: {
    args: fc.tuple(
      fc.oneof(minor, hostileNumber, hostile),
      fc.oneof(fc.array(fc.nat(10), { minLength: 1, maxLength: 5 }), perturbed(fc.array(fc.nat(5), { maxLength: 3 }))),
    ),
    check: (r, [amt]) => expect(sum(r as number[]) === amt).toBe(true),
  },
  formatNumber: {
    args: fc.tuple(
      fc.oneof(fc.constantFrom('PAY-{YYYY}-{seq:6}', 'R-{seq}', 'CN-{MM}{YY}{seq:2}'), hostileString, hostile),
      fc.oneof(fc.nat(1e7), hostileNumber, hostile),
      perturbed(fc.record({ date })),
    ),
    check: (r) => expect(typeof r).toBe('string'),
  },
  validateNumberFormat: {
    args: fc.tuple(
      fc.oneof(fc.constantFrom('PAY-{YYYY}-{seq:6}', '{seq}{seq}', 'R-{seq:13}', 'x{'), hostileString, hostile),
      maybe(fc.oneof(fc.constant(['numberFormats']), hostile)),
    ),
  },
  addCalendar: {
    args: fc.tuple(
      fc.oneof(date, hostileString, hostile),
      perturbed(
        partial({
          years: fc.integer({ min: -5, max: 100 }),
          months: fc.integer({ min: -24, max: 24 }),
          days: fc.integer({ min: -400, max: 400 }),
        }),
      ),
    ),
    check: (r) => expect(main.isDateString(r)).toBe(true),
  },
  resolveDateRange: {
    args: fc.tuple(
      perturbed(dateRange),
      fc.oneof(fc.constant(Date.parse(SAMPLE_NOW)), hostileNumber, hostile),
      fc.oneof(fc.constantFrom('America/New_York', 'UTC', 'Mars/Olympus'), hostile),
      fc.oneof(fc.constantFrom(0, 1, 6), hostile),
      maybe(fc.oneof(fc.constant(['dateRange']), hostile)),
    ),
    check: (r) => {
      const { from, to, startMs, endMs } = r as main.ResolvedRange;
      expect(from <= to && startMs < endMs).toBe(true);
    },
  },
  startOfLocalDay: {
    args: fc.tuple(
      fc.oneof(date, hostileString, hostile),
      fc.oneof(fc.constantFrom('America/New_York', 'Asia/Kolkata', 'Nope/Nope'), hostile),
    ),
    check: (r) => expect(Number.isFinite(r)).toBe(true),
  },
  isDateString: {
    args: one(fc.oneof(date, hostileString, hostile)),
    check: (r) => expect(typeof r).toBe('boolean'),
  },
  formatPaymentAmount: {
    args: fc.tuple(
      fc.oneof(amount, fc.constantFrom('-4.50', '0.00'), hostileString, hostileNumber, hostile),
      perturbed(
        fc.record(
          {
            currency,
            locale: fc.constantFrom('en-US', 'de-DE', 'not a locale!'),
            minusSign: fc.constantFrom('minus', 'hyphen', 'dash'),
          },
          { requiredKeys: ['currency'] },
        ),
      ),
    ),
    check: (r) => expect(typeof r).toBe('string'),
  },
  formatPaymentDate: {
    args: fc.tuple(
      fc.oneof(instant, date, hostileString, hostileNumber, hostile),
      perturbed(
        fc.record(
          {
            timeZone: fc.constantFrom('America/New_York', 'UTC', 'Mars/Olympus', '-05:00'),
            locale: fc.constantFrom('en-US', 'en-GB', 'not a locale!'),
            dateStyle: fc.constantFrom('medium', 'long', 'tiny'),
            timeStyle: fc.constantFrom('short', 'full'),
            pattern: fc.constantFrom('yyyy-MM-dd HH:mm', 'd MMM yyyy', 'yyyy-jj', ''),
          },
          { requiredKeys: ['timeZone'] },
        ),
      ),
    ),
    check: (r) => expect(typeof r).toBe('string'),
  },
  createPaymentFormatter: {
    args: fc.tuple(
      perturbed(fc.record({ currency, timeZone: fc.constantFrom('America/New_York', 'UTC', 'Mars/Olympus') })),
      maybe(
        perturbed(
          partial({
            locale: fc.constantFrom('en-US', 'en-GB', 'not a locale!'),
            dateStyle: fc.constantFrom('medium', 'short'),
            timeStyle: fc.constantFrom('short'),
            datePattern: fc.constantFrom('dd/MM/yyyy', 'jj'),
            dateTimePattern: fc.constantFrom('yyyy-MM-dd HH:mm'),
            minusSign: fc.constantFrom('minus', 'hyphen'),
          }),
        ),
      ),
    ),
    check: (r) => {
      const f = r as { money: unknown; date: unknown; dateTime: unknown };
      for (const m of [f.money, f.date, f.dateTime]) expect(typeof m).toBe('function');
    },
  },
  previewCreditNoteApplication: {
    args: fc.tuple(
      perturbed(
        fc.record({
          number: fc.constant('CN-46129'),
          status: fc.constantFrom('Active', 'Applied', 'Expired', 'Void'),
          amount: fc.constantFrom('20.00', '4.50', '0.00', '1.005'),
          applied: fc.constantFrom('0.00', '4.50', '25.00'),
        }),
      ),
      perturbed(
        fc.record({
          type: fc.constantFrom('bill', 'service', 'installment', 'other'),
          id: fc.constantFrom('SC-LATE', 'INV-1', ''),
          outstanding: fc.constantFrom('25.00', '0.00', '-1.00'),
        }),
      ),
      perturbed(fc.record({ currency, amount: fc.oneof(amount, hostileString) }, { requiredKeys: ['currency'] })),
    ),
    check: (r) => {
      const p = r as { valid: boolean; problems: unknown[]; noteRemainingAfter: string; itemOutstandingAfter: string };
      expect(p.valid).toBe(p.problems.length === 0);
      expect(new Dec(p.noteRemainingAfter).gte(0)).toBe(true);
      expect(new Dec(p.itemOutstandingAfter).gte(0)).toBe(true);
    },
  },
  isCreditNoteApplicable: {
    args: one(perturbed(fc.record({ status: fc.constantFrom('Active', 'Applied', 'Expired', 'Void') }))),
    check: (r, [note]) => {
      expect(r).toBe((note as { status: string }).status === 'Active');
    },
  },
  consumerTimeline: {
    args: one(
      perturbed(
        fc.record({
          payments: fc.array(
            fc.record({
              id: fc.constantFrom('PAY-1', 'PAY-2'),
              receiptNumber: fc.constantFrom('R-1', 'R-2'),
              amount: fc.constantFrom('145.50', '1.00'),
              method: fc.constant('Cash'),
              type: fc.constantFrom('bill', 'service'),
              status: fc.constantFrom('Posted', 'Cancelled'),
              date: instant.map((t) => (typeof t === 'string' ? t : new Date(t).toISOString())),
              recordedBy: fc.constant('Jane Smith'),
            }),
            { maxLength: 3 },
          ),
          creditNotes: fc.array(
            fc.record({
              number: fc.constant('CN-1'),
              paymentId: fc.constant('PAY-1'),
              amount: fc.constant('4.50'),
              reason: fc.constant('Overpayment'),
              createdAt: fc.constantFrom('2025-04-20T14:30:00Z', '2025-04-20T14:30:00'),
              createdBy: fc.constant('Jane Smith'),
              applications: fc.constant([]),
            }),
            { maxLength: 2 },
          ),
        }),
      ),
    ),
    check: (r) => {
      const events = r as Array<{ at: string }>;
      for (let i = 1; i < events.length; i++)
        expect(Date.parse(events[i - 1]!.at)).toBeGreaterThanOrEqual(Date.parse(events[i]!.at));
    },
  },
  viewAuditTrail: {
    args: fc.tuple(
      perturbed(
        fc.array(
          fc.record({
            seq: fc.nat(100),
            at: fc.constantFrom('2025-04-20T14:30:00Z', '2025-04-21T03:00:00Z', 'yesterday'),
            actor: fc.constantFrom(jane, manager, admin, { id: 'u-x', name: 'X', role: 'constructor' }),
            action: fc.constantFrom('payment.recorded', 'creditNote.applied', 'permission.denied'),
            entityType: fc.constant('payment'),
            entityId: fc.constant('PAY-1'),
            before: fc.constant(null),
            after: fc.constant(null),
            idempotencyKey: fc.constant(null),
          }),
          { maxLength: 4 },
        ),
      ),
      perturbed(
        fc.record(
          {
            timeZone: fc.constantFrom('America/New_York', 'UTC', 'Mars/Olympus'),
            actorId: fc.constantFrom(jane.id, 'u-x'),
            action: fc.constantFrom('payment.recorded'),
            from: date,
            to: date,
            roleNames: fc.constant({ admin: 'Supervisor' }),
          },
          { requiredKeys: ['timeZone'] },
        ),
      ),
    ),
    check: (r) => {
      const v = r as { rows: Array<{ roleName: string }>; total: number };
      expect(v.rows.length).toBeLessThanOrEqual(v.total);
      for (const row of v.rows) expect(typeof row.roleName).toBe('string');
    },
  },
  installmentStatus: {
    args: fc.tuple(
      perturbed(fc.record({ amount: fc.nat(10_000), covered: fc.nat(10_000), dueDate: date })),
      perturbed(
        fc.record({ today: date, graceDays: fc.nat(10), partialTolerancePercent: fc.constantFrom('0', '5', '100') }),
      ),
    ),
    check: (r) => expect(['paid', 'partial', 'due', 'missed']).toContain(r),
  },
  planStatus: {
    args: fc.tuple(
      perturbed(fc.array(fc.constantFrom('paid', 'partial', 'due', 'missed'), { maxLength: 6 })),
      perturbed(fc.record({ brokenAfterMissed: fc.integer({ min: 1, max: 4 }) })),
    ),
    check: (r) => expect(['active', 'completed', 'broken']).toContain(r),
  },
};

// ─── @hotleads/payments/testing ───

const storeArg = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null).map(() => main.createMemoryStore()) },
  { weight: 1, arbitrary: hostile },
  { weight: 1, arbitrary: fc.constant(null).map(() => ({ read: () => undefined })) },
);
const isStore = (r: unknown) => {
  expect(typeof (r as { read: unknown }).read).toBe('function');
  expect(typeof (r as { transaction: unknown }).transaction).toBe('function');
};

const testingSpecs: SpecTable = {
  storeConformanceSuite: {
    args: one(
      fc.oneof(
        fc.constant(() => main.createMemoryStore()),
        hostile,
      ),
    ),
    check: (r) => {
      expect((r as unknown[]).length).toBeGreaterThan(10);
      for (const c of r as Array<{ name: unknown; run: unknown }>) expect(typeof c.run).toBe('function');
    },
  },
  InjectedFailure: {
    skip: 'an Error subclass thrown by the conformance suite and failingStore: its constructor is Error’s own',
  },
  yieldingStore: { args: one(storeArg), check: isStore },
  failingStore: {
    args: fc.tuple(storeArg, fc.oneof(fc.constantFrom('payments', 'consumers', 'nope'), hostile)),
    check: isStore,
  },
  createUnlockedLedger: { args: one(maybe(perturbed(ledgerOptions))), check: isLedger },
  sampleWorld: {
    args: one(
      maybe(
        perturbed(
          partial({
            wrap: fc.constantFrom(
              (m: MemoryStore) => testing.yieldingStore(m),
              () => 'not a store',
            ),
            unlocked: fc.boolean(),
            settings: validSettings,
          }),
        ),
      ),
    ),
    check: (r) => isLedger((r as { ledger: unknown }).ledger),
  },
  seedSample: {
    args: one(
      fc.oneof(
        fc.constant(null).map(() => sampleWorld().ledger),
        hostile,
      ),
    ),
  },
};

// The oracles themselves can fail: each catches a planted defect.
describe('the ledger oracles catch planted defects', () => {
  it('checkInvariants fails on an allocation that does not add up, a balance that did not move, a gap in the numbers', async () => {
    const { memory } = await seededWorld();
    const good = memory.dump();
    expect(() => checkInvariants(good)).not.toThrow();
    const corrupt = (change: (d: MemoryStoreDump) => void) => {
      const d = structuredClone(good);
      change(d);
      return () => checkInvariants(d);
    };
    expect(corrupt((d) => void (d.collections.payments[0]!.allocations[0]!.paid -= 1))).toThrow('allocations');
    expect(corrupt((d) => void (d.collections.consumers[0]!.balance += 1))).toThrow('balance');
    expect(corrupt((d) => void (d.sequences.receipt! += 1))).toThrow();
    expect(corrupt((d) => void d.collections.gatewayPayments.pop())).toThrow();
  });

  it('unchanged fails on any write after a refusal but the permission.denied entry of a FORBIDDEN', async () => {
    const world = await seededWorld();
    const before = world.memory.dump();
    await world.ledger.addConsumer({ accountNumber: 'WU-9', name: 'Late Write', balance: 0 });
    expect(() => unchanged(world, before, new HotleadsError('INVALID_REQUEST', 'x'))).toThrow();
    const again = world.memory.dump();
    await expect(
      world.ledger.cancelPayment({ paymentId: 'PAY-2025-004521', reason: 'r', actor: jane }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(() => unchanged(world, again, new HotleadsError('FORBIDDEN', 'x'))).not.toThrow();
    expect(() => unchanged(world, again, new HotleadsError('CONFLICT', 'x'))).toThrow();
  });
});

boundarySuite('@hotleads/payments', main, mainSpecs);
boundarySuite('@hotleads/payments/testing', testing, testingSpecs);
// The methods are listed from a ledger at run time, so a new method without a spec fails.
const created = main.createLedger();
boundarySuite(
  'Ledger',
  Object.fromEntries(Object.keys(created).map((k) => [k, (created as unknown as Record<string, unknown>)[k]])),
  ledgerSpecs,
);
