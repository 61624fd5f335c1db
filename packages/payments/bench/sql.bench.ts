// SQL store benchmark: `npm run bench -- payments`. Plain script, figures on stdout.
// On PGlite (a data directory under the system temp directory) and on PostgreSQL (HOTLEADS_PG_URL,
// else a throw-away cluster started the way test/services/postgres.ts starts the tests' one):
//  1. seed 1,000,000 payments with bulk SQL (INSERT … SELECT generate_series, fixtures/bulkSeed.ts)
//  2. kpis over them                                                           target < 1 s
//  3. indexed searches over the same rows, p95 of many calls                   target < 50 ms
//  4. recordPayment over 10,000 payments, PGlite / PostgreSQL / memory store side by side
// HOTLEADS_BENCH_SQL_ROWS=N seeds N payments instead and HOTLEADS_BENCH_SQL_RECORDS=N records N
// (for a machine where the full counts take too long; the counts used are always printed).
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import startPostgres from '../../../test/services/postgres';
import { createLedger, createMemoryStore, type Actor, type LedgerStore } from '../src/index';
import { createSqlStore, pgDriver, pgliteDriver, type SqlDriver, type SqlStore } from '../src/sql/index';
import { bulkSeed } from '../src/sql/fixtures/bulkSeed';

const TZ = 'America/New_York';
const actor: Actor = { id: 'u-bench', name: 'Bench User', role: 'customer-executive' };
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const ROWS = Number(process.env.HOTLEADS_BENCH_SQL_ROWS ?? 1_000_000);
const CONSUMERS = 20_000;
const RECORDS = Number(process.env.HOTLEADS_BENCH_SQL_RECORDS ?? 10_000);
const FROM = Date.parse('2024-05-01T00:00:00Z');
const TO = Date.parse('2025-05-01T00:00:00Z');
const CLOCK = () => new Date('2025-04-20T14:30:00Z');

type Db = { name: string; driver: () => SqlDriver; done(): Promise<void> };

const p95 = (ms: number[]) => [...ms].sort((a, b) => a - b)[Math.ceil(ms.length * 0.95) - 1]!;

/** Seeds ROWS payments into a fresh schema, then times the KPIs and the searches over them. */
async function queryBenchmark(db: Db): Promise<void> {
  const schema = `bench_q_${process.pid}`;
  const store = await createSqlStore({ driver: db.driver(), schema });
  const started = performance.now();
  await bulkSeed(db.driver().query, schema, { consumers: CONSUMERS, payments: ROWS, from: FROM, to: TO });
  const seeded = (performance.now() - started) / 1000;
  console.log(
    `${db.name}: seeded ${fmt(ROWS)} payments (${fmt(ROWS / 4)} credit notes, ${fmt(CONSUMERS)} consumers) with INSERT … SELECT in ${seeded.toFixed(1)} s, VACUUM ANALYZE included`,
  );
  const ledger = createLedger({ store, clock: CLOCK, settings: { timeZone: TZ } });
  const month = { month: '2025-04', today: '2025-04-20' };
  await ledger.kpis(month); // warm-up
  const runs = 5;
  const times: number[] = [];
  let k = await ledger.kpis(month);
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    k = await ledger.kpis(month);
    times.push(performance.now() - t);
  }
  const best = Math.min(...times);
  const worst = Math.max(...times);
  console.log(
    `${db.name}: kpis over ${fmt(ROWS)} payments: ${best.toFixed(0)} ms best, ${worst.toFixed(0)} ms worst of ${runs}  [target < 1 s: ${worst < 1000 ? 'PASS' : 'MISS'}]`,
  );
  console.log(
    `  total collected ${k.totalCollected.amount} (${fmt(k.totalCollected.count)} payments), today ${k.receivedToday.amount} (${k.receivedToday.count}), rate ${k.collectionRate.percent} %, avg ${k.averageCollectionTime.days} days, ${k.daily.length} daily points`,
  );

  const CALLS = 200;
  const searches: Array<[string, (i: number) => Promise<{ total: number }>]> = [
    [
      'one account, newest 50',
      (i) => ledger.searchPayments({ accountNumber: `WU-${100000 + ((i * 97) % CONSUMERS)}` }),
    ],
    ['receipt number text', (i) => ledger.searchPayments({ text: `R-${5001 + ((i * 4999) % ROWS)}` })],
    [
      'posted cash payments of this week, by amount',
      () =>
        ledger.searchPayments({
          dateRange: { preset: 'thisWeek' },
          methods: ['Cash'],
          statuses: ['Posted'],
          sort: { key: 'amount', direction: 'desc' },
        }),
    ],
    [
      'credit notes of one account',
      (i) => ledger.searchCreditNotes({ accountNumber: `WU-${100000 + ((i * 89) % CONSUMERS)}` }),
    ],
  ];
  for (const [label, call] of searches) {
    await call(0);
    const ms: number[] = [];
    let matches = 0;
    for (let i = 1; i <= CALLS; i++) {
      const t = performance.now();
      matches += (await call(i)).total;
      ms.push(performance.now() - t);
    }
    const q = p95(ms);
    console.log(
      `${db.name}: search over ${fmt(ROWS)} payments, ${label}: p95 ${q.toFixed(1)} ms over ${CALLS} calls, ${fmt(CALLS / (ms.reduce((a, b) => a + b, 0) / 1000))} searches/s  [target p95 < 50 ms: ${q < 50 ? 'PASS' : 'MISS'}]  → ${fmt(matches / CALLS)} matches per call`,
    );
  }
  await store.close();
  await db.driver().query(`DROP SCHEMA ${schema} CASCADE`);
}

/** RECORDS cash payments through the ledger, one per bill; returns payments per second. */
async function recordBenchmark(name: string, store: LedgerStore): Promise<number> {
  await store.transaction(async (tx) => {
    for (let i = 0; i < RECORDS; i++) {
      const id = `WU-${100000 + i}`;
      await tx.put('consumers', {
        id,
        accountNumber: id,
        name: `Bench Consumer ${i}`,
        serviceAddress: null,
        phone: null,
        email: null,
        balance: 10_000_000,
        createdAt: 0,
      });
      await tx.put('bills', {
        id: `INV-${i}`,
        accountNumber: id,
        period: 'Apr 2025',
        amount: 14550,
        issuedAt: Date.parse('2025-04-01T12:00:00Z'),
        dueDate: '2025-04-15',
        paid: 0,
        credited: 0,
      });
    }
  });
  let now = Date.parse('2025-04-20T14:30:00Z');
  const ledger = createLedger({ store, clock: () => new Date(now), settings: { timeZone: TZ } });
  const started = performance.now();
  for (let i = 0; i < RECORDS; i++) {
    now += 10;
    const over = i % 10 === 0; // every tenth leaves change on account → an Overpayment credit note
    await ledger.recordPayment({
      accountNumber: `WU-${100000 + i}`,
      type: 'bill',
      items: [`INV-${i}`],
      amount: over ? '150.00' : '145.50',
      method: 'Cash',
      tendered: '150.00',
      changeGiven: over ? '0.00' : '4.50',
      actor,
    });
  }
  const seconds = (performance.now() - started) / 1000;
  const k = await ledger.kpis({ month: '2025-04', today: '2025-04-20' });
  console.log(
    `${name}: record ${fmt(RECORDS)} payments: ${seconds.toFixed(2)} s wall, ${fmt(RECORDS / seconds)} payments/s  (check: ${fmt(k.totalCollected.count)} payments, ${k.totalCollected.amount} collected)`,
  );
  return RECORDS / seconds;
}

async function openPglite(): Promise<Db> {
  const dir = mkdtempSync(join(tmpdir(), 'hotleads-bench-pglite-'));
  const db = await PGlite.create(dir, { extensions: { pg_trgm } });
  return {
    name: 'PGlite',
    driver: () => pgliteDriver(db),
    async done() {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** PostgreSQL from HOTLEADS_PG_URL or a throw-away cluster; null with the reason when neither exists. */
async function openPostgres(): Promise<Db | { skipped: string }> {
  const provided: Record<string, string> = {};
  const project = { provide: (key: string, value: string) => (provided[key] = value) } as unknown as TestProject;
  const stop = await startPostgres(project);
  if (!provided.pgUrl) return { skipped: provided.pgSkipReason ?? 'unknown reason' };
  const pool = new pg.Pool({ connectionString: provided.pgUrl, max: 4 });
  return {
    name: 'PostgreSQL',
    driver: () => pgDriver(pool),
    async done() {
      await pool.end();
      stop?.();
    },
  };
}

console.log(
  `machine: ${availableParallelism()} CPUs, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ')} (wall-clock figures are lower on a busy machine), node ${process.version}`,
);
const smaller = 'set when the full count takes too long on this machine; throughput is per second, so it compares';
if (ROWS !== 1_000_000)
  console.log(`HOTLEADS_BENCH_SQL_ROWS=${ROWS}: seeding ${fmt(ROWS)} payments, not 1,000,000 (${smaller})`);
if (RECORDS !== 10_000)
  console.log(`HOTLEADS_BENCH_SQL_RECORDS=${RECORDS}: recording ${fmt(RECORDS)} payments, not 10,000 (${smaller})`);

const lite = await openPglite();
const postgres = await openPostgres();
const dbs: Db[] = 'skipped' in postgres ? [lite] : [lite, postgres];
if ('skipped' in postgres) console.log(`PostgreSQL lines skipped: ${postgres.skipped}`);
// Interrupted (Ctrl-C, a timeout): still stop the cluster and remove the directories.
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    void Promise.allSettled(dbs.map((db) => db.done())).then(() => process.exit(130));
  });
try {
  for (const db of dbs) await queryBenchmark(db);
  const rates: Array<[string, number]> = [];
  for (const db of dbs) {
    const schema = `bench_r_${process.pid}`;
    const store: SqlStore = await createSqlStore({ driver: db.driver(), schema });
    rates.push([db.name, await recordBenchmark(db.name, store)]);
    await store.close();
    await db.driver().query(`DROP SCHEMA ${schema} CASCADE`);
  }
  rates.push(['memory', await recordBenchmark('memory', createMemoryStore())]);
  const memory = rates.at(-1)![1];
  console.log(
    `recordPayment side by side (${fmt(RECORDS)} payments each): ${rates
      .map(([name, rate]) => `${name} ${fmt(rate)}/s (${(rate / memory).toFixed(3)} × memory)`)
      .join(' | ')}`,
  );
} finally {
  for (const db of dbs) await db.done();
}
