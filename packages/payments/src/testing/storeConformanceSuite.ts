import { HotleadsError, isHotleadsError } from '@hotleads/core';
import { createLedger } from '../createLedger';
import { InjectedFailure } from './injectedFailure';
import { admin, jane, manager, SAMPLE_NOW, sampleSettings } from './sampleData';
import type { AuditInput, BillRecord, ConsumerRecord, LedgerStore, PaymentRecord } from '../store/types';
import type { Ledger } from '../createLedger';
import { CREDIT_NOTE_SORT_KEYS, PAYMENT_SORT_KEYS } from '../queries/sortKeys';
import { sortedCreditNotes, sortedPayments } from './sortOracle';

/** One check of {@link storeConformanceSuite}: run it with any test runner. */
export type StoreConformanceCase = { name: string; run: () => Promise<void> };

class ConformanceFailure extends Error {
  override name = 'ConformanceFailure';
}
function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new ConformanceFailure(message);
}
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const consumer = (id: string, balance = 1000): ConsumerRecord => ({
  id,
  accountNumber: id,
  name: `Consumer ${id}`,
  serviceAddress: null,
  phone: null,
  email: null,
  balance,
  createdAt: 0,
});
const bill = (id: string, accountNumber: string): BillRecord => ({
  id,
  accountNumber,
  period: 'Mar 2025',
  amount: 14550,
  issuedAt: 1,
  dueDate: '2025-04-15',
  paid: 0,
  credited: 0,
});
const audit = (entityId: string): AuditInput => ({
  at: '2025-04-20T14:30:00.000Z',
  actor: { id: 'u', name: 'U', role: 'admin' },
  action: 'test',
  entityType: 'test',
  entityId,
  before: null,
  after: { n: 1 },
  idempotencyKey: null,
});

/**
 * The checks every {@link LedgerStore} must pass, as plain async functions, so a database store
 * can be proven the same way as the memory store with any test runner:
 *
 * ```ts
 * for (const c of storeConformanceSuite(() => createPostgresStore(url))) it(c.name, c.run);
 * ```
 *
 * `createStore` must return a new, empty store for every call. The suite covers round trips,
 * the create-only `insert` (an existing id is a `CONFLICT`; of two overlapping transactions
 * inserting one id exactly one commits), isolation of uncommitted writes, account listing, gapless sequences, the append-only audit
 * trail, the searches' sort keys (docs/payments.md, "Sort keys": every key, both directions, ties,
 * pages, through a ledger on the store), and a failure injected mid-transaction (after numbers were drawn and rows written) that
 * must roll everything back without consuming a number.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` when `createStore` is not a function.
 */
export function storeConformanceSuite(createStore: () => LedgerStore | Promise<LedgerStore>): StoreConformanceCase[] {
  if (typeof createStore !== 'function')
    throw new HotleadsError('INVALID_ARGUMENT', 'Expected a function that creates a new, empty store', {
      path: ['createStore'],
    });
  return [
    {
      name: 'a committed record reads back equal; an unknown id reads undefined',
      async run() {
        const store = await createStore();
        const record = { ...bill('INV-1', 'A-1'), period: 'Ünïcode ✓', issuedAt: 1_745_159_400_000 };
        await store.transaction(async (tx) => {
          await tx.put('consumers', consumer('A-1'));
          await tx.put('bills', record);
        });
        const [got, missing] = await store.read(
          async (tx) => [await tx.get('bills', 'INV-1'), await tx.get('bills', 'nope')] as const,
        );
        check(same(got, record), 'get returns the record that was put');
        check(missing === undefined, 'get of an unknown id returns undefined');
      },
    },
    {
      name: 'nested values (arrays, nulls, objects) round-trip',
      async run() {
        const store = await createStore();
        const payment = {
          id: 'PAY-1',
          transactionId: 'TXN-1',
          receiptNumber: 'R-1',
          accountNumber: 'A-1',
          type: 'bill',
          amount: 15000,
          method: 'Cash',
          channel: 'Walk-in',
          status: 'Posted',
          verification: 'Verified',
          source: 'user',
          date: 1,
          recordedAt: 2,
          recordedBy: { id: 'u', name: 'U', role: 'admin' },
          tendered: 15000,
          changeGiven: 0,
          notes: null,
          allocations: [
            {
              item: 'INV-1',
              itemType: 'bill',
              description: 'Mar 2025',
              dueDate: '2025-04-15',
              due: 14550,
              paid: 15000,
              applied: 14550,
              issuedAt: null,
            },
          ],
          consumer: { name: 'N', serviceAddress: null, phone: null, email: null },
          creditNoteNumbers: ['CN-1'],
          overpaymentNote: 'CN-1',
          credited: 450,
          balanceBefore: 24575,
          balanceAfter: 9575,
          processingMs: null,
          gateway: null,
          verifiedAt: null,
          verifiedBy: null,
          cancelledAt: null,
          cancelledBy: null,
          cancelReason: null,
        } satisfies PaymentRecord;
        await store.transaction((tx) => tx.put('payments', payment));
        check(
          same(await store.read((tx) => tx.get('payments', 'PAY-1')), payment),
          'a payment with nested arrays and nulls reads back equal',
        );
      },
    },
    {
      name: 'put replaces the record with the same id',
      async run() {
        const store = await createStore();
        await store.transaction((tx) => tx.put('consumers', consumer('A-1', 1)));
        await store.transaction((tx) => tx.put('consumers', consumer('A-1', 2)));
        const all = await store.read((tx) => tx.list('consumers'));
        check(all.length === 1 && all[0]!.balance === 2, 'one record with the latest value');
      },
    },
    {
      name: 'insert creates a record; inserting an existing id is a CONFLICT and the transaction commits nothing',
      async run() {
        const store = await createStore();
        await store.transaction((tx) => tx.insert('consumers', consumer('A-1', 1)));
        check((await store.read((tx) => tx.get('consumers', 'A-1')))?.balance === 1, 'an inserted record reads back');
        const again = await store
          .transaction(async (tx) => {
            await tx.put('bills', bill('INV-1', 'A-1'));
            await tx.nextSequence('payment', 1);
            await tx.appendAudit(audit('A-1'));
            await tx.insert('consumers', consumer('A-1', 2));
          })
          .then(
            () => undefined,
            (e: unknown) => e,
          );
        check(isHotleadsError(again, 'CONFLICT'), 'inserting a committed id rejects with a HotleadsError CONFLICT');
        const inTx = await store
          .transaction(async (tx) => {
            await tx.insert('bills', bill('INV-2', 'A-1'));
            await tx.insert('bills', bill('INV-2', 'A-1'));
          })
          .then(
            () => undefined,
            (e: unknown) => e,
          );
        check(isHotleadsError(inTx, 'CONFLICT'), 'inserting an id written earlier in the transaction is a CONFLICT');
        const state = await store.read(async (tx) => ({
          consumer: await tx.get('consumers', 'A-1'),
          bills: await tx.list('bills'),
          audit: await tx.audit(),
          payment: await tx.currentSequence('payment'),
        }));
        check(state.consumer?.balance === 1, 'the existing record is unchanged');
        check(
          state.bills.length === 0 && state.audit.length === 0 && state.payment === undefined,
          'a refused insert commits nothing of its transaction',
        );
      },
    },
    {
      name: 'of two overlapping transactions inserting the same id, exactly one commits',
      async run() {
        const store = await createStore();
        let release!: () => void;
        const gate = new Promise<void>((r) => (release = r));
        const first = store.transaction(async (tx) => {
          await tx.insert('gatewayPayments', {
            id: 'stripe:pi-1',
            provider: 'stripe',
            gatewayPaymentId: 'pi-1',
            paymentId: 'PAY-1',
          });
          await tx.appendAudit(audit('PAY-1'));
          await gate;
          return 'PAY-1';
        });
        const second = store.transaction(async (tx) => {
          await tx.insert('gatewayPayments', {
            id: 'stripe:pi-1',
            provider: 'stripe',
            gatewayPaymentId: 'pi-1',
            paymentId: 'PAY-2',
          });
          await tx.appendAudit(audit('PAY-2'));
          release();
          return 'PAY-2';
        });
        setTimeout(() => release(), 50); // a store whose second insert waits for the first commit
        const results = await Promise.allSettled([first, second]);
        const committed = results.filter((r) => r.status === 'fulfilled');
        check(committed.length === 1, 'exactly one of the two transactions commits');
        const refusal = results.find((r) => r.status === 'rejected')?.reason as unknown;
        check(isHotleadsError(refusal, 'CONFLICT'), 'the other rejects with a HotleadsError CONFLICT');
        const winner = (committed[0] as PromiseFulfilledResult<string>).value;
        const state = await store.read(async (tx) => ({
          key: await tx.get('gatewayPayments', 'stripe:pi-1'),
          keys: await tx.list('gatewayPayments'),
          audit: await tx.audit(),
        }));
        check(state.keys.length === 1 && state.key?.paymentId === winner, 'the committed record is the winner’s');
        check(
          state.audit.length === 1 && state.audit[0]!.entityId === winner,
          'nothing of the losing transaction is committed',
        );
      },
    },
    {
      name: 'uncommitted writes are visible inside the transaction only',
      async run() {
        const store = await createStore();
        await store.transaction(async (tx) => {
          await tx.put('consumers', consumer('A-1'));
          check((await tx.get('consumers', 'A-1')) !== undefined, 'a transaction reads its own write');
          check((await tx.list('consumers')).length === 1, 'list inside the transaction includes its own write');
          check(
            (await store.read((r) => r.get('consumers', 'A-1'))) === undefined,
            'another reader does not see an uncommitted write',
          );
        });
        check((await store.read((r) => r.get('consumers', 'A-1'))) !== undefined, 'the write is visible after commit');
      },
    },
    {
      name: 'listByAccount returns only that account, including own uncommitted writes',
      async run() {
        const store = await createStore();
        await store.transaction(async (tx) => {
          await tx.put('bills', bill('INV-1', 'A-1'));
          await tx.put('bills', bill('INV-2', 'A-2'));
        });
        await store.transaction(async (tx) => {
          await tx.put('bills', bill('INV-3', 'A-1'));
          const ids = (await tx.listByAccount('bills', 'A-1')).map((b) => b.id).sort();
          check(same(ids, ['INV-1', 'INV-3']), 'listByAccount inside a transaction');
        });
        const ids = (await store.read((tx) => tx.listByAccount('bills', 'A-1'))).map((b) => b.id).sort();
        check(same(ids, ['INV-1', 'INV-3']), 'listByAccount after commit');
        check(
          (await store.read((tx) => tx.listByAccount('bills', 'A-9'))).length === 0,
          'an unknown account lists nothing',
        );
      },
    },
    {
      name: 'sequences start at their start value, count up by one, are independent and gapless over commits',
      async run() {
        const store = await createStore();
        const drawn: number[] = [];
        for (let i = 0; i < 50; i++) drawn.push(await store.transaction((tx) => tx.nextSequence('payment', 4521)));
        const other = await store.transaction(async (tx) => [
          await tx.nextSequence('receipt', 5001),
          await tx.nextSequence('receipt', 5001),
        ]);
        check(
          same(
            drawn,
            Array.from({ length: 50 }, (_, i) => 4521 + i),
          ),
          'payment numbers 4521..4570 without gaps',
        );
        check(same(other, [5001, 5002]), 'another sequence starts at its own start');
        check(
          (await store.read((tx) => tx.currentSequence('payment'))) === 4570,
          'currentSequence is the last value drawn',
        );
        check(
          (await store.read((tx) => tx.currentSequence('never'))) === undefined,
          'an unused sequence has no current value',
        );
      },
    },
    {
      name: 'two overlapping transactions never both commit the same number',
      async run() {
        const store = await createStore();
        let release!: () => void;
        const gate = new Promise<void>((r) => (release = r));
        const first = store.transaction(async (tx) => {
          const n = await tx.nextSequence('receipt', 1);
          await gate;
          return n;
        });
        const second = store.transaction(async (tx) => {
          const n = await tx.nextSequence('receipt', 1);
          release();
          return n;
        });
        setTimeout(() => release(), 50); // a store that blocks the second draw until the first commits
        const results = await Promise.allSettled([first, second]);
        const committed = results
          .filter((r): r is PromiseFulfilledResult<number> => r.status === 'fulfilled')
          .map((r) => r.value);
        check(committed.length >= 1, 'at least one of the transactions commits');
        check(
          new Set(committed).size === committed.length,
          'committed numbers are distinct (the other either waits for a new number or fails)',
        );
        const last = await store.read((tx) => tx.currentSequence('receipt'));
        check(last === Math.max(...committed), 'the sequence stands at the highest committed number');
      },
    },
    {
      name: 'a failure injected mid-transaction rolls everything back and consumes no number',
      async run() {
        const store = await createStore();
        await store.transaction(async (tx) => {
          await tx.put('consumers', consumer('A-1', 100));
          await tx.nextSequence('payment', 1);
          await tx.appendAudit(audit('A-1'));
        });
        let caught: unknown;
        try {
          await store.transaction(async (tx) => {
            await tx.nextSequence('payment', 1);
            await tx.nextSequence('creditNote', 1);
            await tx.put('consumers', consumer('A-1', 999));
            await tx.put('bills', bill('INV-9', 'A-1'));
            await tx.appendAudit(audit('INV-9'));
            throw new InjectedFailure('injected');
          });
        } catch (e) {
          caught = e;
        }
        check(caught instanceof InjectedFailure, 'the transaction rethrows the failure');
        const state = await store.read(async (tx) => ({
          consumer: await tx.get('consumers', 'A-1'),
          bill: await tx.get('bills', 'INV-9'),
          byAccount: await tx.listByAccount('bills', 'A-1'),
          audit: await tx.audit(),
          payment: await tx.currentSequence('payment'),
          creditNote: await tx.currentSequence('creditNote'),
        }));
        check(state.consumer?.balance === 100, 'the updated record keeps its committed value');
        check(state.bill === undefined && state.byAccount.length === 0, 'the inserted record does not exist');
        check(state.audit.length === 1, 'no audit entry of the failed transaction remains');
        check(state.payment === 1 && state.creditNote === undefined, 'sequences are where they were');
        const next = await store.transaction(async (tx) => [
          await tx.nextSequence('payment', 1),
          await tx.nextSequence('creditNote', 1),
        ]);
        check(same(next, [2, 1]), 'the next draws reuse the rolled-back numbers: no gap');
      },
    },
    {
      name: 'the audit trail is append-only, numbered in commit order and filterable by entity',
      async run() {
        const store = await createStore();
        await store.transaction(async (tx) => {
          await tx.appendAudit(audit('X'));
          await tx.appendAudit(audit('Y'));
        });
        await store.transaction((tx) => tx.appendAudit(audit('X')));
        const all = await store.read((tx) => tx.audit());
        check(
          same(
            all.map((e) => [e.seq, e.entityId]),
            [
              [1, 'X'],
              [2, 'Y'],
              [3, 'X'],
            ],
          ),
          'entries numbered 1..n in order',
        );
        check(
          same(
            (await store.read((tx) => tx.audit({ entityId: 'X' }))).map((e) => e.seq),
            [1, 3],
          ),
          'filter by entity',
        );
        check(
          same(
            (await store.read((tx) => tx.audit({ limit: 1 }))).map((e) => e.seq),
            [3],
          ),
          'limit keeps the newest',
        );
        (all as unknown as unknown[]).length = 0;
        check(
          (await store.read((tx) => tx.audit())).length === 3,
          'a caller cannot truncate the trail through a returned array',
        );
      },
    },
    {
      name: 'a ledger on this store reproduces the sample data and a refused payment consumes no number',
      async run() {
        const store = await createStore();
        const ledger = createLedger({ store, clock: () => new Date(SAMPLE_NOW), settings: sampleSettings });
        const actor = jane;
        await ledger.addConsumer({ accountNumber: 'WU-10001', name: 'John Doe', balance: '245.75' });
        await ledger.addBill({
          accountNumber: 'WU-10001',
          invoiceNumber: 'INV-2025-001234',
          period: 'Mar 2025',
          amount: '145.50',
          issuedAt: '2025-03-31T12:00:00Z',
          dueDate: '2025-04-15',
        });
        let refused = false;
        try {
          await ledger.recordPayment({
            accountNumber: 'WU-10001',
            type: 'bill',
            items: ['INV-2025-001234'],
            amount: '1000.00',
            method: 'Cash',
            actor,
          });
        } catch {
          refused = true;
        }
        check(refused, 'a payment above balance + threshold is refused');
        const { payment, creditNote } = await ledger.recordPayment({
          accountNumber: 'WU-10001',
          type: 'bill',
          items: ['INV-2025-001234'],
          amount: '150.00',
          method: 'Cash',
          tendered: '150.00',
          changeGiven: '0.00',
          actor,
        });
        check(
          payment.id === 'PAY-2025-004521' &&
            payment.transactionId === 'TXN-2025-008934' &&
            payment.receiptNumber === 'R-5001',
          'the first numbers are drawn, none lost to the refusal',
        );
        check(
          creditNote?.number === 'CN-46129' && creditNote.amount === '4.50' && creditNote.expiresAt === '2026-04-20',
          'the $4.50 Overpayment credit note expires a year later',
        );
        check((await ledger.getConsumer('WU-10001')).balance === '95.75', 'the balance moved by the payment');
        const applied = await ledger
          .applyCreditNote({
            creditNoteNumber: 'CN-46129',
            item: { type: 'bill', id: 'INV-2025-001234' },
            actor: manager,
          })
          .catch((e: unknown) => e);
        check(applied instanceof Error, 'a settled bill cannot take credit');
      },
    },
    {
      name: 'searchPayments orders by every sort key in both directions, ties by id, pages as slices of the order',
      async run() {
        const ledger = await sortBook(await createStore());
        for (const key of PAYMENT_SORT_KEYS)
          for (const direction of ['asc', 'desc'] as const) {
            const { items, total } = await ledger.searchPayments({ sort: { key, direction }, limit: 10_000 });
            const expected = sortedPayments(items, { key, direction }).map((p) => p.id);
            check(total === 12 && items.length === 12, `searchPayments finds the 12 payments (sort ${key})`);
            check(
              same(
                items.map((p) => p.id),
                expected,
              ),
              `searchPayments sorted by ${key} ${direction} follows the documented order`,
            );
            const page = await ledger.searchPayments({ sort: { key, direction }, limit: 3, offset: 2 });
            check(
              same(
                page.items.map((p) => p.id),
                expected.slice(2, 5),
              ),
              `a page sorted by ${key} ${direction} is a slice of the full order`,
            );
          }
        const receipts = (await ledger.searchPayments({ sort: { key: 'receiptNumber' } })).items;
        check(receipts[1]!.receiptNumber === 'R-9' && receipts[2]!.receiptNumber === 'R-10', 'R-9 sorts before R-10');
      },
    },
    {
      name: 'searchCreditNotes orders by every sort key in both directions, ties by number, pages as slices of the order',
      async run() {
        const ledger = await sortBook(await createStore());
        for (const key of CREDIT_NOTE_SORT_KEYS)
          for (const direction of ['asc', 'desc'] as const) {
            const { items, total } = await ledger.searchCreditNotes({ sort: { key, direction }, limit: 10_000 });
            const expected = sortedCreditNotes(items, { key, direction }).map((n) => n.number);
            check(total === 6 && items.length === 6, `searchCreditNotes finds the 6 credit notes (sort ${key})`);
            check(
              same(
                items.map((n) => n.number),
                expected,
              ),
              `searchCreditNotes sorted by ${key} ${direction} follows the documented order`,
            );
            const page = await ledger.searchCreditNotes({ sort: { key, direction }, limit: 2, offset: 1 });
            check(
              same(
                page.items.map((n) => n.number),
                expected.slice(1, 3),
              ),
              `a page sorted by ${key} ${direction} is a slice of the full order`,
            );
          }
        const statuses = new Set((await ledger.searchCreditNotes({ limit: 100 })).items.map((n) => n.status));
        check(statuses.size >= 3, 'the book has notes of several live statuses');
      },
    },
  ];
}

const SORT_NAMES = ['adam Ant', 'Bob Brown', '\uE000 Private', '😀 Smile'];
const SORT_METHODS = ['Cash', 'Check', 'Bank Transfer'];

/**
 * A ledger on `store` with 12 payments (receipts R-8 … R-19, so R-9 before R-10; amounts, methods,
 * days and consumers repeating, so ties occur) and 6 credit notes: applied in part, in full,
 * voided by a cancellation, expired.
 */
async function sortBook(store: LedgerStore): Promise<Ledger> {
  let now = Date.parse('2025-04-01T15:00:00Z');
  const ledger = createLedger({
    store,
    clock: () => new Date(now),
    settings: {
      ...sampleSettings,
      numberFormats: { receipt: { format: 'R-{seq}', start: 8 }, creditNote: { format: 'CN-{seq}', start: 98 } },
      creditNoteExpiryDays: 10,
    },
  });
  for (const [i, name] of SORT_NAMES.entries())
    await ledger.addConsumer({ accountNumber: `S-${i}`, name, balance: '100000.00' });
  const ids: string[] = [];
  for (let i = 0; i < 12; i++) {
    const accountNumber = `S-${(i * 3) % SORT_NAMES.length}`;
    await ledger.addBill({
      accountNumber,
      invoiceNumber: `SB-${i}`,
      period: 'Apr 2025',
      amount: '500.00',
      issuedAt: '2025-03-25T12:00:00Z',
      dueDate: '2025-04-10',
    });
    const day = 1 + (i % 3);
    now = Date.parse(`2025-04-0${day}T15:00:00Z`);
    const { payment } = await ledger.recordPayment({
      accountNumber,
      type: 'bill',
      items: [`SB-${i}`],
      amount: ['100.00', '25.50', '100.00', '9.99'][i % 4]!,
      method: SORT_METHODS[i % SORT_METHODS.length]!,
      date: `2025-04-0${day}T15:00:00Z`,
      actor: jane,
    });
    ids.push(payment.id);
  }
  now = Date.parse('2025-04-03T16:00:00Z');
  const reasons = ['Billing Error', 'Duplicate Payment', 'Other', 'Billing Error', 'Refund Request', 'Other'] as const;
  await ledger.addBill({
    accountNumber: 'S-0',
    invoiceNumber: 'SB-CREDIT',
    period: 'May 2025',
    amount: '500.00',
    issuedAt: '2025-04-20T12:00:00Z',
    dueDate: '2025-05-10',
  });
  const notes: string[] = [];
  for (const [i, reason] of reasons.entries()) {
    if (i === 4) now = Date.parse('2025-04-20T16:00:00Z');
    const note = await ledger.createCreditNote({
      paymentId: ids[i]!,
      amount: ['5.00', '5.00', '9.99', '1.00', '20.00', '2.50'][i]!,
      reason,
      actor: manager,
    });
    notes.push(note.number);
    if (i === 0)
      await ledger.applyCreditNote({
        creditNoteNumber: note.number,
        item: { type: 'bill', id: 'SB-CREDIT' },
        amount: '2.00',
        actor: manager,
      });
  }
  // The first note is applied in part, the third (S-2's) voided, so remaining and status differ.
  await ledger.cancelPayment({ paymentId: ids[2]!, reason: 'Entered twice', actor: admin });
  // Notes created on Apr 3 have expired (after Apr 13); the two of Apr 20 are Active.
  now = Date.parse('2025-04-22T16:00:00Z');
  return ledger;
}
