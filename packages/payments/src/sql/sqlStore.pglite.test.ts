// The SQL store on PGlite: the conformance suite, migrations, the directory lock, an import.
// PGlite takes seconds to start, so one instance serves the file and every case gets a schema of
// its own (docs/payments.md, "Testing a store").
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isHotleadsError, stateStoreConformanceSuite } from '@hotleads/core';
import { createLedger } from '../createLedger';
import { createMemoryStore } from '../store/createMemoryStore';
import { storeConformanceSuite } from '../testing/storeConformanceSuite';
import { cashPayment, manager, sampleSettings, SAMPLE_NOW, seedSample } from '../testing/sampleData';
import { createSqlStore } from './createSqlStore';
import { createSqlStateStore } from './createSqlStateStore';
import { idempotencyKeyRace, twoLedgersLoseNoWrite } from './fixtures/twoLedgers';
import { migrate } from './migrate';
import { MIGRATIONS } from './migrations';
import { pgliteDriver } from './pgliteDriver';

let db: PGlite;
let n = 0;
const schema = () => `t${++n}`;

beforeAll(async () => {
  db = await PGlite.create({ extensions: { pg_trgm } });
}, 120_000);
afterAll(async () => {
  await db.close();
});

describe('store conformance: SQL store on PGlite', () => {
  for (const c of storeConformanceSuite(() => createSqlStore({ driver: pgliteDriver(db), schema: schema() })))
    it(c.name, c.run, 30_000);
});

describe('state store conformance: SQL on PGlite', () => {
  for (const c of stateStoreConformanceSuite(() => createSqlStateStore({ driver: pgliteDriver(db), schema: schema() })))
    it(c.name, c.run, 30_000);
});

describe('migrations', () => {
  it('apply once, in order, recorded in the migrations table; a second run applies nothing', async () => {
    const s = schema();
    const driver = pgliteDriver(db);
    expect(await migrate(driver, s)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(await migrate(driver, s)).toEqual([]);
    const rows = await db.query<{ version: number }>(`SELECT version FROM ${s}.hotleads_migrations ORDER BY version`);
    expect(rows.rows.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
  });

  it('refuse a schema name that is not a plain identifier', async () => {
    const e = await createSqlStore({ driver: pgliteDriver(db), schema: 'x"; DROP TABLE y; --' }).catch(
      (x: unknown) => x,
    );
    expect(isHotleadsError(e, 'INVALID_ARGUMENT')).toBe(true);
  });

  it('keep tenants apart: two schemas, two ledgers, no shared row', async () => {
    const a = await createSqlStore({ driver: pgliteDriver(db), schema: schema() });
    const b = await createSqlStore({ driver: pgliteDriver(db), schema: schema() });
    const clock = () => new Date(SAMPLE_NOW);
    await seedSample(createLedger({ store: a, clock, settings: sampleSettings }));
    expect((await a.read((tx) => tx.list('consumers'))).length).toBeGreaterThan(0);
    expect(await b.read((tx) => tx.list('consumers'))).toEqual([]);
  });
});

describe('two ledgers over one PGlite store', () => {
  const one = async () => {
    const store = await createSqlStore({ driver: pgliteDriver(db), schema: schema() });
    return [store, store] as [typeof store, typeof store];
  };
  it(
    'lose no write: 80 concurrent payments, balances, gapless numbers and audit',
    () => twoLedgersLoseNoWrite(one),
    60_000,
  );
  it(
    'racing with one idempotency key record once and both return the first result',
    () => idempotencyKeyRace(one),
    60_000,
  );
});

describe('a memory-store dump', () => {
  it('imports into an empty SQL store: the same records, numbers and audit trail', async () => {
    const memory = createMemoryStore();
    const clock = () => new Date(SAMPLE_NOW);
    const seeded = createLedger({ store: memory, clock, settings: sampleSettings });
    await seedSample(seeded);
    // Payments and credit notes, so the exports below have rows to order.
    for (const [i, amount] of ['20.00', '75.50', '5.25'].entries()) {
      const { payment } = await seeded.recordPayment({
        ...cashPayment,
        amount,
        tendered: amount,
        changeGiven: '0',
        idempotencyKey: `d${i}`,
      });
      await seeded.createCreditNote({ paymentId: payment.id, amount: '1.00', reason: 'Other', actor: manager });
    }
    const dump = memory.dump();
    const store = await createSqlStore({ driver: pgliteDriver(db), schema: schema() });
    await store.importDump(dump);
    const sqlLedger = createLedger({ store, clock, settings: sampleSettings });
    const memLedger = createLedger({ store: memory, clock, settings: sampleSettings });
    const kpiQuery = { month: '2025-04', today: '2025-04-20' };
    expect(await sqlLedger.kpis(kpiQuery)).toEqual(await memLedger.kpis(kpiQuery));
    expect(await sqlLedger.searchPayments({ limit: 100 })).toEqual(await memLedger.searchPayments({ limit: 100 }));
    // An export is the store's own search with every row, so SQL answers it without listing tables.
    for (const request of [
      { payments: { sort: { key: 'amount', direction: 'desc' } } },
      { creditNotes: { sort: { key: 'remaining' } } },
    ] as const) {
      const csv = await sqlLedger.exportCsv(request);
      expect(csv).toBe(await memLedger.exportCsv(request));
      const found = 'payments' in request ? await memLedger.searchPayments({}) : await memLedger.searchCreditNotes({});
      expect(found.total).toBe(3);
      expect(csv.split('\r\n')).toHaveLength(1 + found.total);
    }
    expect(await store.read((tx) => tx.audit())).toEqual(dump.audit);
    for (const [name, value] of Object.entries(dump.sequences))
      expect(await store.read((tx) => tx.currentSequence(name))).toBe(value);
    const again = await store.importDump(dump).catch((e: unknown) => e);
    expect(isHotleadsError(again, 'CONFLICT')).toBe(true);
  });
});

describe('the PGlite directory lock', () => {
  it('refuses a second opener of an on-disk directory until the first closes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hotleads-pglite-'));
    try {
      const fake = { dataDir: dir, query: db.query.bind(db), transaction: db.transaction.bind(db) };
      const first = await createSqlStore({ driver: pgliteDriver(fake), schema: schema() });
      const second = await createSqlStore({ driver: pgliteDriver(fake), schema: schema() }).catch((e: unknown) => e);
      expect(isHotleadsError(second, 'STORE_UNAVAILABLE')).toBe(true);
      await first.close();
      const third = await createSqlStore({ driver: pgliteDriver(fake), schema: schema() });
      await third.close();
      const closed = await third.read((tx) => tx.list('consumers')).catch((e: unknown) => e);
      expect(isHotleadsError(closed, 'STORE_UNAVAILABLE')).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
