// Store wrappers for tests: one that yields to the event loop around every call (as a database
// round trip would), one that fails on demand inside a transaction.
import type { CollectionName, LedgerReadTx, LedgerStore, LedgerWriteTx } from '../store/types';

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

function yielding<T extends object>(tx: T): T {
  return new Proxy(tx, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        await tick();
        const result = await (value as (...a: unknown[]) => unknown).apply(target, args);
        await tick();
        return result;
      };
    },
  });
}

/** Wraps a store so every read and write yields to the event loop before and after it. */
export function yieldingStore(inner: LedgerStore): LedgerStore {
  return {
    read: (fn) => inner.read((tx) => fn(yielding<LedgerReadTx>(tx))),
    transaction: (fn) => inner.transaction((tx) => fn(yielding<LedgerWriteTx>(tx))),
  };
}

/** Error thrown by {@link failingStore}. */
export class InjectedStoreFailure extends Error {
  override name = 'InjectedStoreFailure';
}

/** Wraps a store so that, while armed, a `put` into `collection` throws mid-transaction. */
export function failingStore(inner: LedgerStore, collection: CollectionName): LedgerStore & { armed: boolean } {
  const wrapper = {
    armed: false,
    read: inner.read.bind(inner),
    transaction<T>(fn: (tx: LedgerWriteTx) => Promise<T>): Promise<T> {
      return inner.transaction((tx) =>
        fn({
          ...tx,
          put: async (c, record) => {
            if (wrapper.armed && c === collection) throw new InjectedStoreFailure(`injected failure on put into ${c}`);
            return tx.put(c, record);
          },
        } as LedgerWriteTx),
      );
    },
  };
  return wrapper;
}
