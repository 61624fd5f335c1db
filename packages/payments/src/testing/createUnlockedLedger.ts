import { assembleLedger, type CreateLedgerOptions, type Ledger } from '../createLedger';
import { noLock } from '../ledger/lock';

/**
 * A {@link Ledger} whose writes skip the ledger's lock, so overlapping writes interleave at every
 * `await`, as two unsynchronized servers on one store would. For tests only: run a concurrency
 * check on it to show the check can fail (100 concurrent applications of one credit note
 * over-apply it; two payments with one idempotency key both record). Never use it in an
 * application.
 *
 * @example
 * const racy = createUnlockedLedger({ store: yieldingStore(createMemoryStore()) });
 */
export function createUnlockedLedger(options: CreateLedgerOptions = {}): Ledger {
  return assembleLedger(options, noLock);
}
