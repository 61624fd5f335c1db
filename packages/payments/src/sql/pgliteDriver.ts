import { HotleadsError } from '@hotleads/core';
import { checkClient, type SqlDriver, type SqlQuery, type SqlRow } from './driver';
import type * as NodeFs from 'node:fs';

/** The part of a PGlite instance the driver uses (`PGlite` fits). */
export type PgliteLike = {
  readonly dataDir?: string;
  query(text: string, params?: unknown[]): Promise<{ rows: SqlRow[] }>;
  transaction<T>(
    fn: (tx: { query(text: string, params?: unknown[]): Promise<{ rows: SqlRow[] }> }) => Promise<T>,
  ): Promise<T>;
};

/** A held lock on a PGlite data directory (see {@link lockPgliteDirectory}). */
export type PgliteDirectoryLock = {
  /** The data directory it locks. */
  readonly dataDir: string;
  /** Removes the lock file; later calls do nothing. */
  release(): Promise<void>;
};

/** The file-system path of a data directory (`./db`, `file://./db`), or null (`memory://`, `idb://`, none). */
function diskPath(dir: string | undefined): string | null {
  if (dir === undefined || dir === '') return null;
  if (dir.startsWith('file://')) return dir.slice('file://'.length);
  return /^[a-z-]+:\/\//.test(dir) ? null : dir;
}

const refused = () =>
  new HotleadsError(
    'STORE_UNAVAILABLE',
    'This PGlite data directory is open in another process; PGlite is single-process',
    {
      path: ['dataDir'],
    },
  );

/**
 * Takes the exclusive lock of a PGlite data directory: a `hotleads.lock` file in it, created with
 * `O_EXCL` and holding the owner's pid, so a second opener — in this process or another — is
 * refused. A lock whose process is gone is taken over (moved aside atomically first, so two
 * processes taking over one stale lock never both win). Take it before `PGlite.create(dir)` and
 * pass it to {@link pgliteDriver}, so a second process is refused before it opens the files at all.
 * docs/payments.md, "PGlite is single-process".
 *
 * @throws HotleadsError `STORE_UNAVAILABLE` at `dataDir` when a live process holds it;
 *   `INVALID_ARGUMENT` when `dataDir` is not a directory path.
 * @example
 * const lock = await lockPgliteDirectory('artifacts/ledger');
 * const db = await PGlite.create('artifacts/ledger', { extensions: { pg_trgm } });
 * const store = await createSqlStore({ driver: pgliteDriver(db, { lock }) });
 */
export async function lockPgliteDirectory(dataDir: string): Promise<PgliteDirectoryLock> {
  const dir = typeof dataDir === 'string' ? diskPath(dataDir) : null;
  if (dir === null)
    throw new HotleadsError('INVALID_ARGUMENT', 'Expected the path of a PGlite data directory on disk', {
      path: ['dataDir'],
    });
  const fs = await import('node:fs');
  const path = await import('node:path');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'hotleads.lock');
  const mine = `${process.pid}`;
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      fs.writeFileSync(file, mine, { flag: 'wx' });
      let released = false;
      return {
        dataDir: dir,
        async release() {
          if (released) return;
          released = true;
          // Only our own lock is removed (a stale-lock takeover by another process replaced nothing of ours).
          if (readOwner(fs, file) === process.pid) fs.rmSync(file, { force: true });
        },
      };
    } catch (e) {
      if ((e as { code?: unknown }).code !== 'EEXIST') throw e;
      const owner = readOwner(fs, file);
      if (owner === undefined) continue; // removed meanwhile
      if (owner > 0 && alive(owner)) throw refused();
      // Stale: move it aside under a name of our own, then check that what we moved is the stale
      // lock we read (not a fresh one another process wrote since); if it is not, put it back.
      const aside = `${file}.${process.pid}.stale`;
      try {
        fs.renameSync(file, aside);
      } catch (err) {
        if ((err as { code?: unknown }).code === 'ENOENT') continue;
        throw err;
      }
      const moved = readOwner(fs, aside);
      if (moved !== owner) {
        try {
          fs.linkSync(aside, file);
        } finally {
          fs.rmSync(aside, { force: true });
        }
        throw refused();
      }
      fs.rmSync(aside, { force: true });
    }
  }
  throw new HotleadsError('STORE_UNAVAILABLE', 'Could not lock the PGlite data directory', { path: ['dataDir'] });
}

/** The pid in a lock file: a number (0 when unreadable), or undefined when the file is gone. */
function readOwner(fs: typeof NodeFs, file: string): number | undefined {
  try {
    const n = Number(fs.readFileSync(file, 'utf8'));
    return Number.isInteger(n) && n > 0 ? n : 0;
  } catch (e) {
    if ((e as { code?: unknown }).code === 'ENOENT') return undefined;
    throw e;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as { code?: unknown }).code === 'EPERM';
  }
}

async function sameDirectory(a: string, b: string): Promise<boolean> {
  const path = await import('node:path');
  return path.resolve(a) === path.resolve(b);
}

/** Options of {@link pgliteDriver}. */
export type PgliteDriverOptions = {
  /**
   * A lock the host took with {@link lockPgliteDirectory} before it created the instance; the
   * store releases it on `close()`. Without it, the driver takes the lock itself when the store opens.
   */
  lock?: PgliteDirectoryLock;
};

/**
 * A {@link SqlDriver} over a PGlite instance the host created with the `pg_trgm` extension
 * (`PGlite.create(dir, { extensions: { pg_trgm } })`, from `@electric-sql/pglite/contrib/pg_trgm`).
 * PGlite has one connection: transactions run one at a time, and a read waits for a running
 * transaction. When the data directory is on disk, opening the store takes its exclusive lock
 * (see {@link lockPgliteDirectory}; or pass the one the host took before opening the instance as
 * `options.lock`) and `close()` releases it; the host closes the instance.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` for something that is not a PGlite instance, or a
 *   `lock` of another directory.
 * @example
 * const db = await PGlite.create('artifacts/ledger', { extensions: { pg_trgm } });
 * const store = await createSqlStore({ driver: pgliteDriver(db) });
 */
export function pgliteDriver(db: PgliteLike, options: PgliteDriverOptions = {}): SqlDriver {
  checkClient(db, ['query', 'transaction'], 'a PGlite instance');
  const given = options?.lock;
  if (given !== undefined && (given === null || typeof given !== 'object' || typeof given.release !== 'function'))
    throw new HotleadsError('INVALID_ARGUMENT', 'Expected a lock from lockPgliteDirectory', { path: ['lock'] });
  let lock: PgliteDirectoryLock | null = given ?? null;
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
      if (lock !== null && dir !== null && !(await sameDirectory(lock.dataDir, dir)))
        throw new HotleadsError('INVALID_ARGUMENT', 'The lock is of another data directory than the instance', {
          path: ['lock'],
        });
      if (lock === null && dir !== null) lock = await lockPgliteDirectory(dir);
    },
    async close() {
      const held = lock;
      lock = null;
      await held?.release();
    },
  };
}
