// A ledger whose reads are held back after a write, for the double-click tests of the payments
// components: the first write arms the gate, and from then on each call to `read` waits until
// `release()`. So a test can click twice while the component still shows what it read before the
// write, and count how many writes went through.
import type { Ledger } from '@hotleads/payments';

/** The ledger methods whose results are promises. */
type Method = {
  [K in keyof Ledger]: Ledger[K] extends (...args: never[]) => Promise<unknown> ? K : never;
}[keyof Ledger];

/** `ledger` with `read` held back from the first `write` on, until `release` is called; `writes()` counts the writes. */
export function heldReads(ledger: Ledger, write: Method, read: Method) {
  let armed = false;
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  let writes = 0;
  const call = (target: Ledger, name: Method, args: unknown[]) =>
    (target[name] as (...a: unknown[]) => Promise<unknown>).apply(target, args);
  const wrapped = new Proxy(ledger, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (prop === write)
        return async (...args: unknown[]) => {
          writes += 1;
          const result = await call(target, write, args);
          armed = true;
          return result;
        };
      if (prop === read)
        return async (...args: unknown[]) => {
          if (armed) await gate;
          return call(target, read, args);
        };
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { ledger: wrapped, release, writes: () => writes };
}
