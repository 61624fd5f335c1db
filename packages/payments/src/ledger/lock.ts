/** A FIFO async mutex: `run` calls queue up and execute one at a time. */
export type Lock = { run<T>(fn: () => Promise<T>): Promise<T> };

/** Creates a {@link Lock}. */
export function createLock(): Lock {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run<T>(fn: () => Promise<T>): Promise<T> {
      const result = tail.then(fn, fn);
      tail = result.then(
        () => undefined,
        () => undefined,
      );
      return result;
    },
  };
}

/**
 * A lock that holds nothing: every `run` starts at once, so overlapping writes interleave at every
 * `await`. Only `createUnlockedLedger` (@hotleads/payments/testing) uses it, to show what the
 * ledger's lock prevents.
 */
export const noLock: Lock = { run: (fn) => fn() };
