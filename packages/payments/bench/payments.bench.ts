// Payments benchmark: `npm run bench -- payments`. Plain script, figures on stdout.
//  1. record 100,000 payments through the ledger (in-memory store)          target ≥ 20,000 / s
//  2. kpis over 1,000,000 payments held in memory                           target < 1 s
//  3. a text + filter search over the same 1,000,000 payments               (reported)
import { availableParallelism, loadavg } from 'node:os';
import { seededRandom } from '@hotleads/core/demo';
import {
  createLedger,
  createMemoryStore,
  type Actor,
  type BillRecord,
  type ConsumerRecord,
  type PaymentRecord,
} from '../src/index';

const TZ = 'America/New_York';
const actor: Actor = { id: 'u-bench', name: 'Bench User', role: 'customer-executive' };
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const mb = () =>
  `${fmt(process.memoryUsage().rss / 1_048_576)} MB rss, ${fmt(process.memoryUsage().heapUsed / 1_048_576)} MB heap`;

// The same seeded generator as core's demo data, so every run builds the same data.
const rng = seededRandom;
const NAMES = [
  'John Doe',
  'Mary Major',
  'Richard Roe',
  'Jane Public',
  'Alex Sample',
  'Sam Smith',
  'Pat Lee',
  'Chris Kim',
];

function consumers(count: number): ConsumerRecord[] {
  return Array.from({ length: count }, (_, i) => {
    const id = `WU-${String(100000 + i)}`;
    return {
      id,
      accountNumber: id,
      name: `${NAMES[i % NAMES.length]} ${i}`,
      serviceAddress: null,
      phone: null,
      email: null,
      balance: 10_000_000,
      createdAt: 0,
    };
  });
}

async function recordBenchmark(): Promise<void> {
  const PAYMENTS = 100_000;
  const CONSUMERS = 10_000;
  const store = createMemoryStore();
  const people = consumers(CONSUMERS);
  await store.transaction(async (tx) => {
    for (const c of people) await tx.put('consumers', c);
    for (let i = 0; i < PAYMENTS; i++) {
      const c = people[i % CONSUMERS]!;
      const bill: BillRecord = {
        id: `INV-${i}`,
        accountNumber: c.accountNumber,
        period: 'Apr 2025',
        amount: 14550,
        issuedAt: Date.parse('2025-04-01T12:00:00Z'),
        dueDate: '2025-04-15',
        paid: 0,
        credited: 0,
      };
      await tx.put('bills', bill);
    }
  });
  let now = Date.parse('2025-04-20T14:30:00Z');
  const ledger = createLedger({
    store,
    clock: () => new Date(now),
    settings: { timeZone: TZ, numberFormats: { receipt: { format: 'R-{seq}', start: 5001 } } },
  });
  const started = performance.now();
  const cpu0 = process.cpuUsage();
  let notes = 0;
  for (let i = 0; i < PAYMENTS; i++) {
    now += 10;
    const over = i % 10 === 0; // every tenth payment leaves change on account → an Overpayment credit note
    const result = await ledger.recordPayment({
      accountNumber: people[i % CONSUMERS]!.accountNumber,
      type: 'bill',
      items: [`INV-${i}`],
      amount: over ? '150.00' : '145.50',
      method: 'Cash',
      tendered: '150.00',
      changeGiven: over ? '0.00' : '4.50',
      actor,
    });
    if (result.creditNote) notes++;
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const rate = PAYMENTS / seconds;
  console.log(
    `record ${fmt(PAYMENTS)} payments (${fmt(notes)} with an overpayment credit note): ${seconds.toFixed(2)} s wall, ${fmt(rate)} payments/s  [target ≥ 20,000/s: ${rate >= 20_000 ? 'PASS' : 'MISS'}]`,
  );
  console.log(
    `  process CPU time ${cpuSeconds.toFixed(2)} s (all threads, GC included) → ${fmt(PAYMENTS / cpuSeconds)} payments per CPU-second`,
  );
  const k = await ledger.kpis({ month: '2025-04', today: '2025-04-20' });
  console.log(
    `  check: total collected ${k.totalCollected.amount} over ${fmt(k.totalCollected.count)} payments (expected ${(PAYMENTS * 145.5 + (PAYMENTS / 10) * 4.5).toFixed(2)}); ${mb()}`,
  );
}

async function queryBenchmark(): Promise<void> {
  const PAYMENTS = 1_000_000;
  const CONSUMERS = 20_000;
  const random = rng(20261122);
  const store = createMemoryStore();
  const people = consumers(CONSUMERS);
  const snapshots = people.map((c) => ({ name: c.name, serviceAddress: null, phone: null, email: null }));
  const recordedBy = actor;
  const noNotes: string[] = [];
  const methods = ['Cash', 'Credit Card', 'Bank Transfer', 'Check'];
  const marchFirst = Date.parse('2025-03-01T05:00:00Z');
  const span = Date.parse('2025-05-01T04:00:00Z') - marchFirst;
  const built = performance.now();
  await store.transaction(async (tx) => {
    for (const c of people) await tx.put('consumers', c);
    for (let i = 0; i < CONSUMERS; i++) {
      for (const [n, due] of [
        ['03', '2025-03-15'],
        ['04', '2025-04-15'],
      ] as const) {
        await tx.put('bills', {
          id: `INV-${n}-${i}`,
          accountNumber: people[i]!.accountNumber,
          period: n,
          amount: 14550,
          issuedAt: Date.parse(`2025-${n}-01T12:00:00Z`),
          dueDate: due,
          paid: 0,
          credited: 0,
        });
      }
    }
  });
  for (let batch = 0; batch < PAYMENTS / 100_000; batch++) {
    await store.transaction(async (tx) => {
      for (let j = 0; j < 100_000; j++) {
        const i = batch * 100_000 + j;
        const c = i % CONSUMERS;
        const amount = 1000 + Math.floor(random() * 50_000);
        const date = marchFirst + Math.floor(random() * span);
        const seq = String(i + 1).padStart(6, '0');
        const record: PaymentRecord = {
          id: `PAY-2025-${seq}`,
          transactionId: `TXN-2025-${seq}`,
          receiptNumber: `R-${5001 + i}`,
          accountNumber: people[c]!.accountNumber,
          type: 'bill',
          amount,
          method: methods[i % methods.length]!,
          channel: 'Walk-in',
          status: i % 50 === 0 ? 'Pending' : 'Posted',
          verification: 'Verified',
          source: 'user',
          date,
          recordedAt: date,
          recordedBy,
          tendered: null,
          changeGiven: null,
          notes: null,
          allocations: [
            {
              item: `INV-04-${c}`,
              itemType: 'bill',
              description: '04',
              dueDate: '2025-04-15',
              due: 14550,
              paid: amount,
              applied: Math.min(amount, 14550),
              issuedAt: Date.parse('2025-04-01T12:00:00Z'),
            },
          ],
          consumer: snapshots[c]!,
          creditNoteNumbers: noNotes,
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
        };
        await tx.put('payments', record);
      }
    });
  }
  console.log(
    `built ${fmt(PAYMENTS)} payments in memory in ${((performance.now() - built) / 1000).toFixed(1)} s; ${mb()}`,
  );
  const ledger = createLedger({ store, clock: () => new Date('2025-04-20T14:30:00Z'), settings: { timeZone: TZ } });

  await ledger.kpis({ month: '2025-04', today: '2025-04-20' }); // warm-up
  const runs = 5;
  let best = Infinity;
  let k = await ledger.kpis({ month: '2025-04', today: '2025-04-20' });
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    k = await ledger.kpis({ month: '2025-04', today: '2025-04-20' });
    best = Math.min(best, performance.now() - t);
  }
  console.log(
    `kpis over ${fmt(PAYMENTS)} payments: ${best.toFixed(0)} ms (best of ${runs}), ${fmt(PAYMENTS / (best / 1000))} payments/s  [target < 1 s: ${best < 1000 ? 'PASS' : 'MISS'}]`,
  );
  console.log(
    `  (synthetic data, ~25 payments per bill, so the collection rate is far above 100 %) total collected ${k.totalCollected.amount} (${fmt(k.totalCollected.count)} payments, change ${k.totalCollected.changePercent} %), today ${k.receivedToday.amount} (${k.receivedToday.count}), rate ${k.collectionRate.percent} %, avg ${k.averageCollectionTime.days} days, ${k.daily.length} daily points`,
  );

  const queries = [
    {
      label: 'text "doe" + This Month + Cash/Check, page of 50',
      query: { text: 'doe', dateRange: { preset: 'thisMonth' as const }, methods: ['Cash', 'Check'] },
    },
    { label: 'receipt number "R-50012"', query: { text: 'R-50012' } },
    {
      label: 'amount 100.00..200.00, Posted, newest 50',
      query: { minAmount: '100.00', maxAmount: '200.00', statuses: ['Posted' as const] },
    },
  ];
  for (const { label, query } of queries) {
    await ledger.searchPayments(query);
    let bestSearch = Infinity;
    let result = await ledger.searchPayments(query);
    for (let r = 0; r < runs; r++) {
      const t = performance.now();
      result = await ledger.searchPayments(query);
      bestSearch = Math.min(bestSearch, performance.now() - t);
    }
    console.log(
      `search over ${fmt(PAYMENTS)} payments, ${label}: ${bestSearch.toFixed(0)} ms (best of ${runs}), ${fmt(PAYMENTS / (bestSearch / 1000))} payments/s  [no target; KPI target < 1 s for reference]  → ${fmt(result.total)} matches, total ${result.totalAmount}`,
    );
  }
  console.log(`  ${mb()}`);
}

console.log(
  `machine: ${availableParallelism()} CPUs, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ')} (wall-clock figures are lower on a busy machine), node ${process.version}`,
);
await recordBenchmark();
if (global.gc) global.gc();
await queryBenchmark();
