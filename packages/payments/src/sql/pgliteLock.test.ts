// The PGlite data-directory lock across processes (docs/payments.md, "PGlite is single-process"):
// while one process has the directory open, a second Node process is refused with a
// HotleadsError before it opens the files; once the first closes, the second opens it and sees
// the first one's data; a lock left by a killed process is taken over.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isHotleadsError } from '@hotleads/core';
import { createLedger } from '../createLedger';
import { sampleSettings } from '../testing/sampleData';
import { createSqlStore } from './createSqlStore';
import { lockPgliteDirectory, pgliteDriver } from './pgliteDriver';

const opener = fileURLToPath(new URL('./fixtures/pgliteOpener.ts', import.meta.url));
function child(mode: string, dir: string) {
  return spawn(process.execPath, ['--import', 'tsx', '--conditions=@hotleads/source', opener, mode, dir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}
/** Runs the opener to its end and returns the JSON line it printed. */
function run(mode: string, dir: string): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const p = child(mode, dir);
    let out = '';
    let err = '';
    p.stdout.on('data', (d: Buffer) => (out += d.toString()));
    p.stderr.on('data', (d: Buffer) => (err += d.toString()));
    p.on('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop()!)) : reject(new Error(`exit ${code}: ${err}`)),
    );
  });
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hotleads-pglite-lock-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('the PGlite directory lock across processes', () => {
  it('refuses a second process while the store is open, and lets it in once the store is closed', async () => {
    const lock = await lockPgliteDirectory(dir);
    const db = await PGlite.create(dir, { extensions: { pg_trgm } });
    const store = await createSqlStore({ driver: pgliteDriver(db, { lock }) });
    const ledger = createLedger({ store, settings: sampleSettings, clock: () => new Date('2025-04-20T14:30:00Z') });
    await ledger.addConsumer({ accountNumber: 'WU-1', name: 'John Doe', balance: '10.00' });
    expect(readFileSync(join(dir, 'hotleads.lock'), 'utf8')).toBe(String(process.pid));

    const [viaLock, viaDriver, viaOpen] = await Promise.all([run('lock', dir), run('driver', dir), run('open', dir)]);
    expect(viaLock).toEqual({ ok: false, code: 'STORE_UNAVAILABLE' });
    expect(viaDriver).toEqual({ ok: false, code: 'STORE_UNAVAILABLE' });
    expect(viaOpen).toEqual({ ok: false, code: 'STORE_UNAVAILABLE' });
    // …and in this process too: a second store on the same directory.
    const fake = { dataDir: dir, query: db.query.bind(db), transaction: db.transaction.bind(db) };
    const second = await createSqlStore({ driver: pgliteDriver(fake) }).catch((e: unknown) => e);
    expect(isHotleadsError(second, 'STORE_UNAVAILABLE')).toBe(true);

    await store.close();
    await db.close();
    expect(existsSync(join(dir, 'hotleads.lock'))).toBe(false);
    expect(await run('open', dir)).toEqual({ ok: true, consumers: 1 });
  }, 120_000);

  it('takes over the lock of a process that was killed, and never a live one', async () => {
    const p = child('hold', dir);
    await new Promise<void>((resolve, reject) => {
      p.stdout.on('data', (d: Buffer) => d.toString().includes('held') && resolve());
      p.on('exit', (code) => reject(new Error(`opener exited ${code} before holding the lock`)));
    });
    expect(await run('lock', dir)).toEqual({ ok: false, code: 'STORE_UNAVAILABLE' });
    const refused = await lockPgliteDirectory(dir).catch((e: unknown) => e);
    expect(isHotleadsError(refused, 'STORE_UNAVAILABLE')).toBe(true);
    p.kill('SIGKILL');
    await new Promise((r) => p.once('exit', r));
    const lock = await lockPgliteDirectory(dir);
    expect(readFileSync(join(dir, 'hotleads.lock'), 'utf8')).toBe(String(process.pid));
    await lock.release();
    expect(existsSync(join(dir, 'hotleads.lock'))).toBe(false);
  }, 60_000);

  it('refuses a lock of another directory, and a path that is not on disk', async () => {
    const other = mkdtempSync(join(tmpdir(), 'hotleads-pglite-other-'));
    try {
      const lock = await lockPgliteDirectory(other);
      const none = async () => ({ rows: [] });
      const driver = pgliteDriver({ dataDir: dir, query: none, transaction: (fn) => fn({ query: none }) }, { lock });
      const e = await createSqlStore({ driver, migrate: false }).catch((x: unknown) => x);
      expect(isHotleadsError(e, 'INVALID_ARGUMENT')).toBe(true);
      await lock.release();
      expect(isHotleadsError(await lockPgliteDirectory('memory://').catch((x: unknown) => x), 'INVALID_ARGUMENT')).toBe(
        true,
      );
      // A lock file with garbage in it (no live owner) is taken over like a stale one.
      writeFileSync(join(other, 'hotleads.lock'), 'not a pid');
      await (await lockPgliteDirectory(other)).release();
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});
