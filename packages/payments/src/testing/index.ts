// @hotleads/payments/testing — for tests, stories and demos, never for production code paths.
//
// Audience: a host that writes its own `LedgerStore` (prove it with `storeConformanceSuite`; shake
// it with `yieldingStore` and `failingStore`), a host testing code around the ledger
// (`createUnlockedLedger` shows a concurrency check can fail without the ledger's lock), and
// stories and demos that want the sample back office of docs/payments.md ("The sample data").

// Store conformance and fault injection
export { storeConformanceSuite } from './storeConformanceSuite';
export type { StoreConformanceCase } from './storeConformanceSuite';
export { InjectedFailure } from './injectedFailure';
export { yieldingStore, failingStore } from './stores';
export { createUnlockedLedger } from './createUnlockedLedger';

// The sample back office
export {
  SAMPLE_NOW,
  SAMPLE_TIME_ZONE,
  admin,
  cashPayment,
  jane,
  manager,
  sampleSettings,
  sampleWorld,
  seedSample,
} from './sampleData';
export type { SampleWorld, SampleWorldOptions } from './sampleData';
