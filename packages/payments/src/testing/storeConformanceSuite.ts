import { HotleadsError, isHotleadsError } from '@hotleads/core';
import { createLedger } from '../createLedger';
import { InjectedFailure } from './injectedFailure';
import { admin, jane, manager, SAMPLE_NOW, sampleSettings } from './sampleData';
import type {
  AllocationRecord,
  AuditInput,
  BillRecord,
  ConsumerRecord,
  CreditNoteFilter,
  CreditNoteRecord,
  LedgerStore,
  PaymentFilter,
  PaymentRecord,
} from '../store/types';
import type { Ledger } from '../createLedger';
import { CREDIT_NOTE_SORT_KEYS, PAYMENT_SORT_KEYS } from '../store/sortKeys';
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
const payment = (id: string, o: Partial<PaymentRecord> = {}): PaymentRecord => ({
  id,
  transactionId: `TXN-${id}`,
  receiptNumber: `R-${id}`,
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
  tendered: null,
  changeGiven: null,
  notes: null,
  allocations: [],
  consumer: { name: 'N', serviceAddress: null, phone: null, email: null },
  creditNoteNumbers: [],
  overpaymentNote: null,
  credited: 0,
  balanceBefore: null,
  balanceAfter: null,
  processingMs: null,
  gateway: null,
  verifiedAt: null,
  verifiedBy: null,
  cancelledAt: null,
  cancelledBy: null,
  cancelReason: null,
  ...o,
});
const allocation = (issuedAt: number | null, paid: number): AllocationRecord => ({
  item: 'X',
  itemType: 'bill',
  description: 'X',
  dueDate: '2025-04-15',
  due: paid,
  paid,
  applied: paid,
  issuedAt,
});
const note = (id: string, o: Partial<CreditNoteRecord> = {}): CreditNoteRecord => ({
  id,
  paymentId: 'PAY-1',
  accountNumber: 'A-1',
  linkedReceipt: 'R-1',
  amount: 1000,
  applied: 0,
  reason: 'Overpayment',
  remarks: null,
  createdAt: 1000,
  createdDate: '2025-01-01',
  expiresAt: '2026-01-01',
  createdBy: { id: 'u', name: 'U', role: 'admin' },
  applications: [],
  voided: false,
  ...o,
});
const noPaymentFilter: PaymentFilter = {
  text: null,
  dateFrom: null,
  dateTo: null,
  minAmount: null,
  maxAmount: null,
  statuses: null,
  methods: null,
  types: null,
  channels: null,
  accountNumber: null,
};
const noNoteFilter: CreditNoteFilter = {
  text: null,
  linkedReceipt: null,
  dateFrom: null,
  dateTo: null,
  minAmount: null,
  maxAmount: null,
  statuses: null,
  reasons: null,
  accountNumber: null,
  remaining: null,
  today: '2025-06-01',
};

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
 * inserting one id exactly one commits), isolation of uncommitted writes, account listing, the
 * account lock, the query methods (payment, credit-note and consumer searches, KPI totals, a
 * payment by receipt or gateway id), gapless sequences, the append-only audit trail, the searches'
 * sort keys (docs/payments.md, "Sort keys": every key, both directions, ties, pages, through a
 * ledger on the store), and a failure injected mid-transaction (after numbers were drawn and rows written) that
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
        let outside!: Promise<ConsumerRecord | undefined>;
        await store.transaction(async (tx) => {
          await tx.put('consumers', consumer('A-1', 1));
          check((await tx.get('consumers', 'A-1')) !== undefined, 'a transaction reads its own write');
          check((await tx.list('consumers')).length === 1, 'list inside the transaction includes its own write');
          // A reader started now may run at once (a server with several connections) or wait for
          // the commit (PGlite's one connection); it never sees the uncommitted balance 1.
          outside = store.read((r) => r.get('consumers', 'A-1'));
          await tx.put('consumers', consumer('A-1', 2));
        });
        const seen = await outside;
        check(seen === undefined || seen.balance === 2, 'another reader never sees an uncommitted write');
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
      name: 'lockAccount makes a second transaction on the account wait until the first ends',
      async run() {
        const store = await createStore();
        await store.transaction((tx) => tx.insert('consumers', consumer('A-1', 100)));
        let release!: () => void;
        const gate = new Promise<void>((r) => (release = r));
        const order: string[] = [];
        const first = store.transaction(async (tx) => {
          await tx.lockAccount('A-1');
          const c = (await tx.get('consumers', 'A-1'))!;
          await tx.put('consumers', { ...c, balance: c.balance - 10 });
          order.push('first locked');
          await gate;
          order.push('first ends');
        });
        const second = (async () => {
          while (order.length === 0) await new Promise((r) => setTimeout(r, 5));
          return store.transaction(async (tx) => {
            await tx.lockAccount('A-1');
            order.push('second locked');
            const c = (await tx.get('consumers', 'A-1'))!;
            await tx.put('consumers', { ...c, balance: c.balance - 10 });
          });
        })();
        setTimeout(() => release(), 50);
        await Promise.all([first, second]);
        check(same(order, ['first locked', 'first ends', 'second locked']), 'the second waits for the first to end');
        check(
          (await store.read((tx) => tx.get('consumers', 'A-1')))?.balance === 80,
          'the second reads what the first committed: no lost update',
        );
        await store.transaction((tx) => tx.lockAccount('NO-SUCH-ACCOUNT'));
      },
    },
    {
      name: 'searchPayments filters, counts, sums, orders and pages',
      async run() {
        const store = await createStore();
        await store.transaction(async (tx) => {
          await tx.insert('consumers', { ...consumer('A-1'), name: 'Ana Álvarez' });
          await tx.insert('consumers', { ...consumer('A-2'), name: 'Bob Stone' });
          await tx.insert('payments', payment('PAY-1', { date: 1000, amount: 500, receiptNumber: 'R-1' }));
          await tx.insert(
            'payments',
            payment('PAY-2', {
              date: 3000,
              amount: 1500,
              status: 'Pending',
              method: 'Card',
              type: 'service',
              channel: 'Online',
              receiptNumber: 'R-2',
              creditNoteNumbers: ['CN-9'],
            }),
          );
          await tx.insert(
            'payments',
            payment('PAY-3', {
              accountNumber: 'A-2',
              date: 2000,
              amount: 2500,
              type: 'installment',
              receiptNumber: 'R-3',
            }),
          );
          await tx.insert(
            'payments',
            payment('PAY-4', {
              accountNumber: 'A-2',
              date: 3000,
              amount: 100,
              status: 'Cancelled',
              method: 'Check',
              channel: 'Phone',
              receiptNumber: 'R-10',
            }),
          );
        });
        const search = (f: Partial<PaymentFilter>, direction: 'asc' | 'desc' = 'desc', limit = 10, offset = 0) =>
          store.read((tx) =>
            tx.searchPayments({ ...noPaymentFilter, ...f }, { order: { key: 'date', direction }, limit, offset }),
          );
        const ids = async (f: Partial<PaymentFilter>, direction: 'asc' | 'desc' = 'desc') =>
          (await search(f, direction)).rows.map((r) => r.record.id);
        const all = await search({}, 'desc', 2);
        check(all.total === 4 && all.totalAmount === 4600n, 'count and sum cover every match, not the page');
        check(
          same(
            all.rows.map((r) => r.record.id),
            ['PAY-4', 'PAY-2'],
          ),
          'newest first, ties by id, one page',
        );
        check(
          same(
            (await search({}, 'desc', 2, 2)).rows.map((r) => r.record.id),
            ['PAY-3', 'PAY-1'],
          ),
          'the next page',
        );
        check(same(await ids({}, 'asc'), ['PAY-1', 'PAY-3', 'PAY-2', 'PAY-4']), 'oldest first');
        check(same(await ids({ text: 'álv' }), ['PAY-2', 'PAY-1']), 'text matches the consumer name');
        check(same(await ids({ text: 'a-2' }), ['PAY-4', 'PAY-3']), 'text matches the account number');
        check(same(await ids({ text: 'r-1' }), ['PAY-4', 'PAY-1']), 'text matches part of a receipt number');
        check(same(await ids({ text: 'cn-9' }), ['PAY-2']), 'text matches a credit-note number of the payment');
        check(same(await ids({ text: 'txn-pay-3' }), ['PAY-3']), 'text matches a transaction id');
        const posted = await search({ statuses: ['Posted'] });
        check(posted.total === 2 && posted.totalAmount === 3000n, 'status filter');
        check(same(await ids({ methods: ['Cash'], types: ['bill'] }), ['PAY-1']), 'method and type filters combine');
        check(same(await ids({ channels: ['Phone'] }), ['PAY-4']), 'channel filter');
        check(same(await ids({ accountNumber: 'A-2' }), ['PAY-4', 'PAY-3']), 'account filter');
        check(same(await ids({ minAmount: 500, maxAmount: 1500 }), ['PAY-2', 'PAY-1']), 'amount range, inclusive');
        check(same(await ids({ dateFrom: 2000, dateTo: 3000 }), ['PAY-3']), 'date range, end exclusive');
        check((await search({ text: 'nobody' })).totalAmount === 0n, 'no match sums to 0');
        check(
          (await search({ accountNumber: 'A-2' })).rows.every((r) => r.consumerName === 'Bob Stone'),
          "rows carry their consumer's name",
        );
      },
    },
    {
      name: 'searchCreditNotes filters by status as of today, remaining and text, and sums what remains',
      async run() {
        const store = await createStore();
        await store.transaction(async (tx) => {
          await tx.insert('consumers', { ...consumer('A-1'), name: 'Ana Álvarez' });
          await tx.insert('consumers', { ...consumer('A-2'), name: 'Bob Stone' });
          await tx.insert('creditNotes', note('CN-1', { createdAt: 1000 }));
          await tx.insert(
            'creditNotes',
            note('CN-2', { accountNumber: 'A-2', amount: 500, applied: 500, createdAt: 2000, linkedReceipt: 'R-22' }),
          );
          await tx.insert(
            'creditNotes',
            note('CN-3', {
              amount: 800,
              applied: 300,
              createdAt: 3000,
              expiresAt: '2025-01-01',
              reason: 'Refund Request',
            }),
          );
          await tx.insert(
            'creditNotes',
            note('CN-4', { accountNumber: 'A-2', amount: 200, voided: true, createdAt: 4000 }),
          );
        });
        const search = (f: Partial<CreditNoteFilter>, limit = 10, offset = 0) =>
          store.read((tx) =>
            tx.searchCreditNotes(
              { ...noNoteFilter, ...f },
              { order: { key: 'date', direction: 'desc' }, limit, offset },
            ),
          );
        const ids = async (f: Partial<CreditNoteFilter>) => (await search(f)).rows.map((r) => r.record.id);
        const all = await search({}, 2, 1);
        check(
          all.total === 4 && all.totalAmount === 2500n && all.totalRemaining === 1700n,
          'count and sums (amount, remaining) of every match',
        );
        check(
          same(
            all.rows.map((r) => r.record.id),
            ['CN-3', 'CN-2'],
          ),
          'newest first, paged',
        );
        check(same(await ids({ statuses: ['Expired'] }), ['CN-3']), 'expired: past expiry with something left');
        check(same(await ids({ statuses: ['Applied'] }), ['CN-2']), 'applied: nothing left');
        check(same(await ids({ statuses: ['Void'] }), ['CN-4']), 'void');
        check(same(await ids({ statuses: ['Active'] }), ['CN-1']), 'active');
        check(
          same(await ids({ statuses: ['Active'], today: '2027-01-01' }), []),
          'status is taken as of the given day',
        );
        check(same(await ids({ remaining: 'partial' }), ['CN-3']), 'partly used');
        check(same(await ids({ remaining: 'fullyUsed' }), ['CN-2']), 'fully used');
        check(same(await ids({ remaining: 'full' }), ['CN-4', 'CN-1']), 'nothing used');
        check(same(await ids({ text: 'bob' }), ['CN-4', 'CN-2']), 'text matches the consumer name');
        check(same(await ids({ text: 'cn-3' }), ['CN-3']), 'text matches the number');
        check(same(await ids({ linkedReceipt: 'r-22' }), ['CN-2']), 'linked receipt filter');
        check(same(await ids({ reasons: ['Refund Request'] }), ['CN-3']), 'reason filter');
        check(same(await ids({ dateFrom: 2000, dateTo: 4000, minAmount: 600 }), ['CN-3']), 'date and amount filters');
        check(same(await ids({ accountNumber: 'A-1' }), ['CN-3', 'CN-1']), 'account filter');
      },
    },
    {
      name: 'searchConsumers matches name or account number case-insensitively, by name, up to a limit',
      async run() {
        const store = await createStore();
        await store.transaction(async (tx) => {
          await tx.insert('consumers', { ...consumer('A-3'), name: 'Zoë Stone' });
          await tx.insert('consumers', { ...consumer('A-1'), name: 'Ana Álvarez' });
          await tx.insert('consumers', { ...consumer('A-2'), name: 'Bob Stone' });
          await tx.insert('consumers', { ...consumer('B-9'), name: 'Bob Stone' });
        });
        const find = async (text: string, limit = 10) =>
          (await store.read((tx) => tx.searchConsumers(text, limit))).map((c) => c.accountNumber);
        check(same(await find(''), ['A-1', 'A-2', 'B-9', 'A-3']), 'empty text: all, by name then account number');
        check(same(await find('stone'), ['A-2', 'B-9', 'A-3']), 'a partial name');
        check(same(await find('b-9'), ['B-9']), 'an account number');
        check(same(await find('álv'), ['A-1']), 'a name with accents');
        check(same(await find('', 2), ['A-1', 'A-2']), 'the limit');
      },
    },
    {
      name: 'kpiTotals sums posted payments per period, collection ages and what is due',
      async run() {
        const store = await createStore();
        await store.transaction(async (tx) => {
          await tx.insert('consumers', consumer('A-1'));
          await tx.insert(
            'payments',
            payment('P-1', { date: 5000, amount: 100, allocations: [allocation(1000, 100)] }),
          );
          await tx.insert(
            'payments',
            payment('P-2', { date: 15_000, amount: 200, allocations: [allocation(5000, 200)] }),
          );
          await tx.insert(
            'payments',
            payment('P-3', {
              date: 25_000,
              amount: 300,
              allocations: [allocation(5000, 150), allocation(null, 150), allocation(20_000, 0)],
            }),
          );
          await tx.insert('payments', payment('P-4', { date: 26_000, amount: 999, status: 'Pending' }));
          await tx.insert('payments', payment('P-5', { date: 35_000, amount: 50 }));
          await tx.insert('bills', { ...bill('B-1', 'A-1'), dueDate: '2025-04-15', amount: 1000 });
          await tx.insert('bills', { ...bill('B-2', 'A-1'), dueDate: '2025-03-31', amount: 70 });
          await tx.insert('bills', { ...bill('B-3', 'A-1'), dueDate: '2025-05-01', amount: 5 });
          await tx.insert('serviceCharges', {
            id: 'S-1',
            accountNumber: 'A-1',
            description: 'Meter',
            amount: 30,
            serviceDate: '2025-04-01',
            paid: 0,
            credited: 0,
          });
          await tx.insert('plans', {
            id: 'PL-1',
            accountNumber: 'A-1',
            createdAt: 0,
            installments: [
              { number: 1, amount: 7, dueDate: '2025-03-01', paid: 0, credited: 0 },
              { number: 2, amount: 11, dueDate: '2025-04-30', paid: 0, credited: 0 },
            ],
          });
        });
        const t = await store.read((tx) =>
          tx.kpiTotals({
            dayStarts: [10_000, 20_000, 30_000],
            previousMonthStart: 0,
            todayStart: 20_000,
            todayEnd: 30_000,
            yesterdayStart: 10_000,
            previousMonthFirst: '2025-03-01',
            monthFirst: '2025-04-01',
            nextMonthFirst: '2025-05-01',
          }),
        );
        const plain = JSON.parse(
          JSON.stringify(t, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v)),
        ) as unknown;
        check(
          same(plain, {
            daily: [
              { amount: '200n', count: 1 },
              { amount: '300n', count: 1 },
            ],
            month: { amount: '500n', count: 2 },
            previousMonth: { amount: '100n', count: 1 },
            today: { amount: '300n', count: 1 },
            yesterday: { amount: '200n', count: 1 },
            age: { sumMs: '30000n', count: 2 },
            previousAge: { sumMs: '4000n', count: 1 },
            dueMonth: '1041n',
            duePreviousMonth: '77n',
          }),
          `posted payments by day, month, previous month, today and yesterday; ages; due (got ${JSON.stringify(plain)})`,
        );
      },
    },
    {
      name: 'a payment is found by receipt number and by gateway payment id',
      async run() {
        const store = await createStore();
        await store.transaction(async (tx) => {
          await tx.insert('payments', payment('PAY-1', { receiptNumber: 'R-5001' }));
          await tx.insert('payments', payment('PAY-2', { receiptNumber: 'R-50' }));
          await tx.insert('gatewayPayments', {
            id: 'stripe:pi_9',
            provider: 'stripe',
            gatewayPaymentId: 'pi_9',
            paymentId: 'PAY-2',
          });
        });
        const found = await store.read(async (tx) => ({
          byReceipt: await tx.paymentByReceipt('R-50'),
          noReceipt: await tx.paymentByReceipt('R-5'),
          byGateway: await tx.paymentByGatewayId('stripe', 'pi_9'),
          otherProvider: await tx.paymentByGatewayId('adyen', 'pi_9'),
        }));
        check(found.byReceipt?.id === 'PAY-2' && found.noReceipt === undefined, 'exact receipt number');
        check(found.byGateway?.id === 'PAY-2' && found.otherProvider === undefined, 'provider and gateway id');
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
