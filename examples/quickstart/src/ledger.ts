// The tour's payments ledger: the sample back office (docs/payments.md, "The sample
// data") with the sample's settings and a clock fixed at the sample's "today".
//
// `createDemoStore` is the one place that decides where the ledger keeps its data: a PGlite data
// directory, artifacts/demo-ledger at the repository's root (git-ignored; `HOTLEADS_DEMO_DIR` or
// `dataDir` names another), through @hotleads/payments/sql (docs/payments.md, "The SQL store").
// The tour is written for a store that outlives a run: the sample account is added only when it
// is missing, and every write carries an idempotency key, so a second run gets the first run's
// payment, receipt and credit note back and prints the same thing.
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { isHotleadsError } from '@hotleads/core';
import { createLedger, type Ledger, type LedgerStore } from '@hotleads/payments';
import { createSqlStore, lockPgliteDirectory, pgliteDriver } from '@hotleads/payments/sql';
import { SAMPLE_NOW, sampleSettings, seedSample } from '@hotleads/payments/testing';

/** An open demo ledger. */
export type DemoLedger = { ledger: Ledger; close(): Promise<void> };

/** Options of {@link openDemoLedger}. */
export type DemoLedgerOptions = {
  /** The PGlite data directory (default `HOTLEADS_DEMO_DIR`, else artifacts/demo-ledger at the root). */
  dataDir?: string;
};

/** The default data directory: artifacts/demo-ledger at the repository's root. */
export const DEMO_DATA_DIR = fileURLToPath(new URL('../../../artifacts/demo-ledger', import.meta.url));

/**
 * Where the demo ledger keeps its data: the directory is locked first (a second process is
 * refused before PGlite opens its files), then PGlite opens it with pg_trgm and the store applies
 * its migrations. `close` releases the store (and the lock), then the instance.
 */
async function createDemoStore(dataDir: string): Promise<{ store: LedgerStore; close(): Promise<void> }> {
  const lock = await lockPgliteDirectory(dataDir);
  let db: PGlite | undefined;
  try {
    db = await PGlite.create(dataDir, { extensions: { pg_trgm } });
    const store = await createSqlStore({ driver: pgliteDriver(db, { lock }) });
    const opened = db;
    return {
      store,
      async close() {
        try {
          await store.close();
        } finally {
          await opened.close();
        }
      },
    };
  } catch (error) {
    await db?.close();
    await lock.release();
    throw error;
  }
}

async function hasSampleAccount(ledger: Ledger): Promise<boolean> {
  try {
    await ledger.getConsumer('WU-10001');
    return true;
  } catch (error) {
    if (isHotleadsError(error, 'NOT_FOUND')) return false;
    throw error;
  }
}

/** Opens the ledger with the sample account in it, as of the sample's "today". */
export async function openDemoLedger(options: DemoLedgerOptions = {}): Promise<DemoLedger> {
  const dataDir = options.dataDir ?? (process.env.HOTLEADS_DEMO_DIR || DEMO_DATA_DIR);
  const { store, close } = await createDemoStore(dataDir);
  const ledger = createLedger({ settings: sampleSettings, store, clock: () => new Date(SAMPLE_NOW) });
  try {
    if (!(await hasSampleAccount(ledger))) await seedSample(ledger);
  } catch (error) {
    await close();
    throw error;
  }
  return { ledger, close };
}
