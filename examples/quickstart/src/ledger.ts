// The tour's payments ledger: seed 002's sample back office (docs/payments.md, "The sample
// data") with the sample's settings and a clock fixed at the sample's "today".
//
// `createDemoStore` is the one place that decides where the ledger keeps its data: in memory
// today. To keep it in a database directory instead, return that store (and how to close it)
// from there; nothing else changes. The rest of the tour is written for a store that outlives a
// run: the sample account is added only when it is missing, and every write carries an
// idempotency key, so a second run gets the first run's payment, receipt and credit note back
// and prints the same thing.
import { isHotleadsError } from '@hotleads/core';
import { createLedger, createMemoryStore, type Ledger, type LedgerStore } from '@hotleads/payments';
import { SAMPLE_NOW, sampleSettings, seedSample } from '@hotleads/payments/testing';

/** An open demo ledger. */
export type DemoLedger = { ledger: Ledger; close(): Promise<void> };

/** Where the demo ledger keeps its data. */
async function createDemoStore(): Promise<{ store: LedgerStore; close(): Promise<void> }> {
  return { store: createMemoryStore(), close: async () => {} };
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
export async function openDemoLedger(): Promise<DemoLedger> {
  const { store, close } = await createDemoStore();
  const ledger = createLedger({ settings: sampleSettings, store, clock: () => new Date(SAMPLE_NOW) });
  if (!(await hasSampleAccount(ledger))) await seedSample(ledger);
  return { ledger, close };
}
