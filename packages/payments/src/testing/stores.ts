// Store wrappers for tests: one that yields to the event loop around every call (as a database
// round trip would), one that fails on demand inside a transaction.
import type { CollectionName, LedgerReadTx, LedgerStore, LedgerWriteTx } from '../store/types';
import { HotleadsError } from '@hotleads/core';
import { checkStore } from '../store/checkStore';
import { COLLECTION_NAMES } from '../store/createMemoryStore';
import { InjectedFailure } from './injectedFailure';

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

/** A view of `tx` (any object, class instances included) with some methods replaced. */
export function withOverrides<T extends object>(tx: T, overrides: Partial<Record<keyof T, unknown>>): T {
  return new Proxy(tx, {
    get(target, prop, receiver) {
      if (Object.prototype.hasOwnProperty.call(overrides, prop))
        return (overrides as Record<PropertyKey, unknown>)[prop];
      const value = Reflect.get(target, prop, receiver) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/**
 * Wraps a store so every read and write yields to the event loop before and after it, as a
 * database round trip would: concurrency bugs that a synchronous memory store hides show up.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` for something that is not a store.
 * @example const store = yieldingStore(createMemoryStore());
 */
export function yieldingStore(inner: LedgerStore): LedgerStore {
  checkStore(inner, ['inner']);
  return {
    read: (fn) => inner.read((tx) => fn(yielding<LedgerReadTx>(tx))),
    transaction: (fn) => inner.transaction((tx) => fn(yielding<LedgerWriteTx>(tx))),
  };
}

/**
 * Wraps a store so that, while `armed` is true, a `put` into `collection` throws an
 * {@link InjectedFailure} mid-transaction (after the write drew its numbers and wrote other rows),
 * to prove a write rolls back whole.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` for something that is not a store, or an unknown collection.
 * @example
 * const store = failingStore(createMemoryStore(), 'payments');
 * store.armed = true; // the next payment write fails at its last put
 */
export function failingStore(inner: LedgerStore, collection: CollectionName): LedgerStore & { armed: boolean } {
  checkStore(inner, ['inner']);
  if (typeof collection !== 'string' || !COLLECTION_NAMES.includes(collection))
    throw new HotleadsError('INVALID_ARGUMENT', `Expected a collection: ${COLLECTION_NAMES.join(', ')}`, {
      path: ['collection'],
    });
  const wrapper = {
    armed: false,
    read: inner.read.bind(inner),
    transaction<T>(fn: (tx: LedgerWriteTx) => Promise<T>): Promise<T> {
      return inner.transaction((tx) =>
        fn(
          withOverrides(tx, {
            put: async (c: CollectionName, record: never) => {
              if (wrapper.armed && c === collection) throw new InjectedFailure(`injected failure on put into ${c}`);
              return tx.put(c, record);
            },
          }),
        ),
      );
    },
  };
  return wrapper;
}
