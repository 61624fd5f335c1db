// Every KPI and search statement of the SQL store uses an index over many rows: 40,000 bulk
// payments (fixtures/bulkSeed.ts), each query the ledger sends recorded through a driver
// wrapper, then EXPLAINed; no plan may scan a whole payments, allocations or credit_notes table.
// On PGlite always, on PostgreSQL when test/services/postgres.ts started one. docs/payments.md,
// "Migrations".
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createLedger, type Ledger } from '../createLedger';
import type { SqlDriver, SqlQuery, SqlRow } from './driver';
import { createSqlStore, type SqlStore } from './createSqlStore';
import { bulkSeed } from './fixtures/bulkSeed';
import { pgDriver } from './pgDriver';
import { pgliteDriver } from './pgliteDriver';

const BIG_TABLES = new Set(['payments', 'allocations', 'credit_notes']);

/** A driver that remembers every SELECT it runs while `recording` is on. */
function recording(
  inner: SqlDriver,
): SqlDriver & { log: Array<{ text: string; params: readonly unknown[] }>; on: boolean } {
  const wrapped = {
    log: [] as Array<{ text: string; params: readonly unknown[] }>,
    on: false,
    kind: inner.kind,
    open: () => inner.open(),
    close: () => inner.close(),
    query: ((text, params = []) => note(text, params, inner.query)) as SqlQuery,
    transaction: <T>(fn: (q: SqlQuery) => Promise<T>, options?: { readOnly?: boolean }) =>
      inner.transaction((q) => fn((text, params = []) => note(text, params, q)), options),
  };
  function note(text: string, params: readonly unknown[], q: SqlQuery): Promise<SqlRow[]> {
    if (wrapped.on && /^\s*SELECT/i.test(text) && !/FOR UPDATE/.test(text))
      wrapped.log.push({ text, params: [...params] });
    return q(text, params);
  }
  return wrapped;
}

type PlanNode = { 'Node Type': string; 'Relation Name'?: string; Plans?: PlanNode[] };
function seqScans(node: PlanNode): string[] {
  const own =
    node['Node Type'] === 'Seq Scan' && BIG_TABLES.has(node['Relation Name'] ?? '') ? [node['Relation Name']!] : [];
  return [...own, ...(node.Plans ?? []).flatMap(seqScans)];
}

/** The ledger calls whose statements must all be indexed. */
const CALLS: Array<[string, (l: Ledger) => Promise<unknown>]> = [
  ['kpis of April 2025', (l) => l.kpis({ month: '2025-04', today: '2025-04-20' })],
  ['payments of one account', (l) => l.searchPayments({ accountNumber: 'WU-100007' })],
  ['payments by receipt text', (l) => l.searchPayments({ text: 'R-50123' })],
  ['payments by consumer name', (l) => l.searchPayments({ text: 'john doe 1608' })],
  ['payments of today', (l) => l.searchPayments({ dateRange: { preset: 'today' } })],
  ['payments in a narrow amount range', (l) => l.searchPayments({ minAmount: '100.00', maxAmount: '100.50' })],
  [
    'posted cash payments of this week, by amount',
    (l) =>
      l.searchPayments({
        dateRange: { preset: 'thisWeek' },
        methods: ['Cash'],
        statuses: ['Posted'],
        sort: { key: 'amount', direction: 'desc' },
      }),
  ],
  ['a receipt', (l) => l.getReceipt('R-5100')],
  ['credit notes of one account', (l) => l.searchCreditNotes({ accountNumber: 'WU-100000' })],
  ['credit notes by linked receipt', (l) => l.searchCreditNotes({ linkedReceipt: 'R-5100' })],
  ['credit notes by number text', (l) => l.searchCreditNotes({ text: 'CN-12' })],
  ['credit notes of this month', (l) => l.searchCreditNotes({ dateRange: { preset: 'thisMonth' } })],
];

function indexedSuite(name: string, open: () => Promise<{ driver: SqlDriver; done(): Promise<void> }>) {
  describe(`indexes on ${name}: every KPI and search statement over 40,000 payments`, () => {
    let store: SqlStore;
    let driver: ReturnType<typeof recording>;
    let done: () => Promise<void>;
    let ledger: Ledger;
    beforeAll(async () => {
      const opened = await open();
      done = opened.done;
      driver = recording(opened.driver);
      const schema = `ix_${process.pid}`;
      store = await createSqlStore({ driver, schema });
      await bulkSeed(opened.driver.query, schema, {
        consumers: 2_000,
        payments: 40_000,
        from: Date.parse('2024-05-01T00:00:00Z'),
        to: Date.parse('2025-05-01T00:00:00Z'),
      });
      ledger = createLedger({ store, clock: () => new Date('2025-04-20T14:30:00Z') });
    }, 240_000);
    afterAll(async () => {
      await store?.close();
      await done?.();
    });

    for (const [label, call] of CALLS)
      it(`${label}: no sequential scan of a large table`, async () => {
        driver.log.length = 0;
        driver.on = true;
        const result = await call(ledger);
        driver.on = false;
        expect(result).toBeDefined();
        expect(driver.log.length).toBeGreaterThan(0);
        const scans: string[] = [];
        for (const { text, params } of driver.log) {
          const [row] = await driver.query(`EXPLAIN (FORMAT JSON) ${text}`, params);
          const raw = Object.values(row!)[0];
          const plan = (typeof raw === 'string' ? JSON.parse(raw) : raw) as Array<{ Plan: PlanNode }>;
          for (const table of seqScans(plan[0]!.Plan))
            scans.push(`${table} in: ${text.replace(/\s+/g, ' ').slice(0, 160)}…`);
        }
        expect(scans).toEqual([]);
      }, 60_000);

    it('the bulk rows read back as ledger records (KPIs and a page of the search)', async () => {
      const k = await ledger.kpis({ month: '2025-04', today: '2025-04-20' });
      expect(k.totalCollected.count).toBeGreaterThan(2_000);
      const page = await ledger.searchPayments({ accountNumber: 'WU-100007' });
      expect(page.total).toBe(20);
      expect(page.items.every((p) => p.accountNumber === 'WU-100007')).toBe(true);
    });
  });
}

indexedSuite('PGlite', async () => {
  const db = await PGlite.create({ extensions: { pg_trgm } });
  return { driver: pgliteDriver(db), done: () => db.close() };
});

const url = inject('pgUrl');
if (url !== '')
  indexedSuite('PostgreSQL', async () => {
    const pool = new pg.Pool({ connectionString: url, max: 4 });
    return { driver: pgDriver(pool), done: () => pool.end() };
  });
