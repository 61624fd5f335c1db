import { HotleadsError } from '@hotleads/core';
import { checkClient, type SqlDriver, type SqlQuery, type SqlRow } from './driver';

/** The part of a PGlite instance the driver uses (`PGlite` fits). */
export type PgliteLike = {
  readonly dataDir?: string;
  query(text: string, params?: unknown[]): Promise<{ rows: SqlRow[] }>;
  transaction<T>(
    fn: (tx: { query(text: string, params?: unknown[]): Promise<{ rows: SqlRow[] }> }) => Promise<T>,
  ): Promise<T>;
};

/** A held lock on a data directory. */
type DirectoryLock = { release(): Promise<void> };

/** The file-system path of a data directory (`./db`, `file://./db`), or null (`memory://`, `idb://`, none). */
function diskPath(dir: string | undefined): string | null {
  if (dir === undefined || dir === '') return null;
  if (dir.startsWith('file://')) return dir.slice('file://'.length);
  return /^[a-z-]+:\/\//.test(dir) ? null : dir;
}

/**
 * Takes the exclusive lock of a PGlite data directory: a `hotleads.lock` file created with
 * `O_EXCL` beside the data (in it), holding the owner's pid. A lock left by a process that is gone
 * is taken over. docs/payments.md, "PGlite is single-process".
 *
 * @throws HotleadsError `STORE_UNAVAILABLE` when a live process holds it.
 */
export async function lockPgliteDirectory(dataDir: string): Promise<DirectoryLock> {
  const fs = await import('node:fs');
  const path = await import('node:path');
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'hotleads.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
      return {
        async release() {
          fs.rmSync(file, { force: true });
        },
      };
    } catch (e) {
      if ((e as { code?: unknown }).code !== 'EEXIST') throw e;
      const owner = Number(fs.readFileSync(file, 'utf8'));
      if (Number.isInteger(owner) && owner > 0 && alive(owner))
        throw new HotleadsError(
          'STORE_UNAVAILABLE',
          'This PGlite data directory is open in another process; PGlite is single-process',
          { path: ['dataDir'] },
        );
      fs.rmSync(file, { force: true }); // stale: its process is gone
    }
  }
  throw new HotleadsError('STORE_UNAVAILABLE', 'Could not lock the PGlite data directory', { path: ['dataDir'] });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as { code?: unknown }).code === 'EPERM';
  }
}

/**
 * A {@link SqlDriver} over a PGlite instance the host created with the `pg_trgm` extension
 * (`PGlite.create(dir, { extensions: { pg_trgm } })`, from `@electric-sql/pglite/contrib/pg_trgm`).
 * PGlite has one connection: transactions run one at a time, and a read waits for a running
 * transaction. When the data directory is on disk, opening the store takes its exclusive lock
 * (see {@link lockPgliteDirectory}) and `close()` releases it; the host closes the instance.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` for something that is not a PGlite instance.
 * @example
 * const db = await PGlite.create('artifacts/ledger', { extensions: { pg_trgm } });
 * const store = await createSqlStore({ driver: pgliteDriver(db) });
 */
export function pgliteDriver(db: PgliteLike): SqlDriver {
  checkClient(db, ['query', 'transaction'], 'a PGlite instance');
  let lock: DirectoryLock | null = null;
  const run =
    (client: Pick<PgliteLike, 'query'>): SqlQuery =>
    async (text, params = []) =>
      (await client.query(text, params as unknown[])).rows;
  return {
    kind: 'pglite',
    query: run(db),
    transaction: (fn) => db.transaction((tx) => fn(run(tx))),
    async open() {
      const dir = diskPath(db.dataDir);
      if (lock === null && dir !== null) lock = await lockPgliteDirectory(dir);
    },
    async close() {
      const held = lock;
      lock = null;
      await held?.release();
    },
  };
}
