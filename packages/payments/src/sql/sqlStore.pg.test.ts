// The SQL store on a real PostgreSQL server (test/services/postgres.ts starts one): the
// conformance suite, concurrent migrations, two Node processes writing at once, a process killed
// mid-transaction, and a failure injected at every write step. Skips with a message when no
// server is available, fails instead under HOTLEADS_REQUIRE_PG=1 (.ci/run).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { isHotleadsError, stateStoreConformanceSuite } from '@hotleads/core';
import { createLedger } from '../createLedger';
import { storeConformanceSuite } from '../testing/storeConformanceSuite';
import { InjectedFailure } from '../testing/injectedFailure';
import { sampleSettings } from '../testing/sampleData';
import { createSqlStore, type SqlStore } from './createSqlStore';
import { createSqlStateStore } from './createSqlStateStore';
import { failingAtStep, snapshot } from './faultSweep';
import { idempotencyKeyRace, twoLedgersLoseNoWrite } from './fixtures/twoLedgers';
import { migrate } from './migrate';
import { MIGRATIONS } from './migrations';
import { pgDriver } from './pgDriver';

const url = inject('pgUrl');
const reason = inject('pgSkipReason');
const required = process.env.HOTLEADS_REQUIRE_PG === '1';
const available = url !== '';

if (!available && required)
  describe('PostgreSQL (HOTLEADS_REQUIRE_PG=1)', () => {
    it('is reachable', () => {
      throw new Error(`PostgreSQL is required but unavailable: ${reason}`);
    });
  });
if (!available && !required) console.warn(`SQL store on PostgreSQL: skipped — ${reason}`);

const suite = available ? describe : describe.skip;
let pool: pg.Pool;
let n = 0;
const schema = () => `p${process.pid}_${++n}`;
const clock = () => new Date('2025-04-20T14:30:00Z');
const actor = { id: 'jane', name: 'Jane', role: 'admin' };

beforeAll(() => {
  if (available) pool = new pg.Pool({ connectionString: url, max: 10 });
});
afterAll(async () => {
  if (available) await pool.end();
});

suite('store conformance: SQL store on PostgreSQL', () => {
  for (const c of storeConformanceSuite(() => createSqlStore({ driver: pgDriver(pool), schema: schema() })))
    it(c.name, c.run, 30_000);
});

suite('state store conformance: SQL on PostgreSQL', () => {
  for (const c of stateStoreConformanceSuite(() => createSqlStateStore({ driver: pgDriver(pool), schema: schema() })))
    it(c.name, c.run, 30_000);
});

suite('migrations on PostgreSQL', () => {
  it('two migrators starting at once apply each migration once (advisory lock)', async () => {
    const s = schema();
    const [a, b] = await Promise.all([migrate(pgDriver(pool), s), migrate(pgDriver(pool), s)]);
    expect([...a, ...b].sort()).toEqual(MIGRATIONS.map((m) => m.version).sort());
    const rows = await pool.query(`SELECT count(*)::int AS n FROM ${s}.hotleads_migrations`);
    expect(rows.rows[0].n).toBe(MIGRATIONS.length);
  });
});

suite('two ledgers on one PostgreSQL database', () => {
  const one = async () => {
    const store = await createSqlStore({ driver: pgDriver(pool), schema: schema() });
    return [store, store] as [SqlStore, SqlStore];
  };
  /** Two stores over two pools, as two servers would have. */
  const two = async () => {
    const s = schema();
    const other = new pg.Pool({ connectionString: url, max: 10 });
    pools.push(other);
    return [
      await createSqlStore({ driver: pgDriver(pool), schema: s }),
      await createSqlStore({ driver: pgDriver(other), schema: s }),
    ] as [SqlStore, SqlStore];
  };
  const pools: pg.Pool[] = [];
  afterAll(async () => {
    for (const p of pools) await p.end();
  });
  it('over one store lose no write', () => twoLedgersLoseNoWrite(one), 60_000);
  it('over two stores and two pools lose no write', () => twoLedgersLoseNoWrite(two), 60_000);
  it(
    'racing with one idempotency key (one store) record once and both return the first result',
    () => idempotencyKeyRace(one),
    60_000,
  );
  it(
    'racing with one idempotency key (two pools) record once and both return the first result',
    () => idempotencyKeyRace(two),
    60_000,
  );
});

/** A ledger with consumer WU-1, bills B-<name>-<i> of 1.00 and the 50.00 credit note CN-46129. */
async function seeded(names: string[], count: number): Promise<{ store: SqlStore; s: string }> {
  const s = schema();
  const store = await createSqlStore({ driver: pgDriver(pool), schema: s });
  const ledger = createLedger({ store, settings: sampleSettings, clock });
  await ledger.addConsumer({ accountNumber: 'WU-1', name: 'John Doe', balance: '10000.00' });
  const issued = { issuedAt: '2025-04-01T00:00:00Z', dueDate: '2025-04-15', period: 'Apr 2025', accountNumber: 'WU-1' };
  await ledger.addBill({ ...issued, invoiceNumber: 'B-setup', amount: '1.00' });
  for (const name of names)
    for (let i = 0; i < count; i++)
      await ledger.addBill({ ...issued, invoiceNumber: `B-${name}-${i}`, amount: '1.00' });
  const { creditNote } = await ledger.recordPayment({
    accountNumber: 'WU-1',
    type: 'bill',
    items: ['B-setup'],
    amount: '51.00',
    method: 'Cash',
    actor,
  });
  expect(creditNote?.number).toBe('CN-46129');
  return { store, s };
}

const worker = fileURLToPath(new URL('./fixtures/worker.ts', import.meta.url));
// Node itself runs the worker (tsx as a loader, not its CLI, which would put a second process
// between the test and the worker that SIGKILL would miss).
function child(args: string[]) {
  return spawn(process.execPath, ['--import', 'tsx', '--conditions=@hotleads/source', worker, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}
function run(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const p = child(args);
    let out = '';
    let err = '';
    p.stdout.on('data', (d: Buffer) => (out += d.toString()));
    p.stderr.on('data', (d: Buffer) => (err += d.toString()));
    p.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`worker exited ${code}: ${err}`))));
  });
}

suite('several processes on one database', () => {
  it('two processes, 100 operations each: nothing over-applied, no number duplicated or skipped', async () => {
    const { store, s } = await seeded(['a', 'b'], 100);
    const outputs = await Promise.all([run(['ops', url, s, 'a', '100']), run(['ops', url, s, 'b', '100'])]);
    const summaries = outputs.map((o) => JSON.parse(o.trim().split('\n').pop()!) as Record<string, unknown>);
    for (const summary of summaries) expect(summary.errors).toEqual([]);
    const applications = summaries.reduce((sum, x) => sum + (x.applications as number), 0);
    const note = (await store.read((tx) => tx.get('creditNotes', 'CN-46129')))!;
    expect(note.applied).toBeLessThanOrEqual(note.amount);
    expect(note.applications.length).toBe(applications);
    expect(note.applications.reduce((sum, a) => sum + a.amount, 0)).toBe(note.applied);
    expect(applications).toBe(50); // 50.00 of credit, 1.00 per application: exactly 50 succeed
    const payments = await store.read((tx) => tx.list('payments'));
    expect(payments.length).toBe(1 + summaries.reduce((sum, x) => sum + (x.payments as number), 0));
    const seqs = (field: 'id' | 'transactionId' | 'receiptNumber') =>
      payments.map((p) => Number(/(\d+)$/.exec(p[field])![1])).sort((x, y) => x - y);
    for (const field of ['id', 'transactionId', 'receiptNumber'] as const) {
      const got = seqs(field);
      expect(got).toEqual(Array.from({ length: got.length }, (_, i) => got[0]! + i));
    }
    const audit = await store.read((tx) => tx.audit());
    expect(audit.map((e) => e.seq)).toEqual(Array.from({ length: audit.length }, (_, i) => i + 1));
  }, 180_000);

  it('a process killed with SIGKILL mid-transaction leaves nothing written and consumes no number', async () => {
    const { store, s } = await seeded([], 0);
    const before = await snapshot(store, ['payment', 'transaction', 'receipt', 'creditNote']);
    const p = child(['hang', url, s]);
    await new Promise<void>((resolve, reject) => {
      p.stdout.on('data', (d: Buffer) => d.toString().includes('mid') && resolve());
      p.on('exit', (code) => reject(new Error(`worker exited ${code} before the middle of its transaction`)));
    });
    p.kill('SIGKILL');
    await new Promise((r) => p.once('exit', r));
    // The server rolls the killed session back when its connection drops; a write after it waits for the lock.
    const ledger = createLedger({ store, settings: sampleSettings, clock });
    await ledger.addBill({
      accountNumber: 'WU-1',
      invoiceNumber: 'B-after',
      period: 'Apr 2025',
      amount: '1.00',
      issuedAt: '2025-04-01T00:00:00Z',
      dueDate: '2025-04-15',
    });
    await store.transaction((tx) => tx.lockAccount('WU-1'));
    const after = JSON.parse(await snapshot(store, ['payment', 'transaction', 'receipt', 'creditNote'])) as Record<
      string,
      unknown
    >;
    const expected = JSON.parse(before) as Record<string, unknown>;
    expect(after['seq:payment']).toEqual(expected['seq:payment']);
    expect((after.consumers as Array<{ balance: number }>)[0]!.balance).toBe(
      (expected.consumers as Array<{ balance: number }>)[0]!.balance,
    );
    expect((after.audit as unknown[]).length).toBe((expected.audit as unknown[]).length + 1); // the bill only
  }, 60_000);
});

suite('a failure at every write step of recordPayment (PostgreSQL)', () => {
  it('rolls back whole and consumes no number, at each step, until the write succeeds', async () => {
    const { store } = await seeded(['f'], 1);
    const sequences = ['payment', 'transaction', 'receipt', 'creditNote'];
    const before = await snapshot(store, sequences);
    let step = 1;
    for (; step < 100; step++) {
      const failing = failingAtStep(store, step);
      const ledger = createLedger({ store: failing, settings: sampleSettings, clock });
      const result = await ledger
        .recordPayment({ accountNumber: 'WU-1', type: 'bill', items: ['B-f-0'], amount: '3.00', method: 'Cash', actor })
        .catch((e: unknown) => e);
      if (!(result instanceof InjectedFailure)) {
        expect(isHotleadsError(result)).toBe(false);
        break;
      }
      expect(await snapshot(store, sequences)).toBe(before);
    }
    expect(step).toBeGreaterThan(5); // the payment has many write steps, each one tried
  }, 120_000);
});
