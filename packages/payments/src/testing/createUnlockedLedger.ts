import { assembleLedger, checkOptions, type CreateLedgerOptions, type Ledger } from '../createLedger';
import { noLock } from '../ledger/lock';
import { createMemoryStore } from '../store/createMemoryStore';
import type { LedgerStore } from '../store/types';
import { withOverrides } from './stores';

/** The store with `lockAccount` switched off: a transaction locks nothing. */
function withoutAccountLocks(store: LedgerStore): LedgerStore {
  return {
    read: (fn) => store.read(fn),
    transaction: (fn) => store.transaction((tx) => fn(withOverrides(tx, { lockAccount: async () => undefined }))),
  };
}

/**
 * A {@link Ledger} whose writes skip the ledger's lock and the store's account locks, so overlapping writes interleave at every
 * `await`, as two unsynchronized servers on one store would. For tests only: run a concurrency
 * check on it to show the check can fail (100 concurrent applications of one credit note
 * over-apply it; two payments with one idempotency key both record). Never use it in an
 * application.
 *
 * @example
 * const racy = createUnlockedLedger({ store: yieldingStore(createMemoryStore()) });
 */
export function createUnlockedLedger(options: CreateLedgerOptions = {}): Ledger {
  const checked = checkOptions(options);
  return assembleLedger({ ...checked, store: withoutAccountLocks(checked.store ?? createMemoryStore()) }, noLock);
}
