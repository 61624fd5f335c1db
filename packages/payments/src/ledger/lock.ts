/** A FIFO async mutex: `run` calls queue up and execute one at a time. */
export type Lock = { run<T>(fn: () => Promise<T>): Promise<T> };

/** Creates a {@link Lock}; with `disabled` it runs everything at once (tests only). */
export function createLock(disabled = false): Lock {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run<T>(fn: () => Promise<T>): Promise<T> {
      if (disabled) return fn();
      const result = tail.then(fn, fn);
      tail = result.then(
        () => undefined,
        () => undefined,
      );
      return result;
    },
  };
}
