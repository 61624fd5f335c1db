// For the SQL store tests: a store that fails at the k-th write step of a transaction, and a
// snapshot of everything a store holds, to prove a failed write leaves nothing behind. Internal.
import { COLLECTION_NAMES } from '../store/createMemoryStore';
import type { LedgerStore, LedgerWriteTx } from '../store/types';
import { InjectedFailure } from '../testing/injectedFailure';
import { withOverrides } from '../testing/stores';

const WRITE_STEPS = ['put', 'insert', 'nextSequence', 'appendAudit', 'lockAccount'] as const;

/** Wraps `inner` so that the `failAt`-th write step (1-based) of the next transaction throws. */
export function failingAtStep(inner: LedgerStore, failAt: number): LedgerStore & { steps: number } {
  const wrapper = {
    steps: 0,
    read: inner.read.bind(inner),
    transaction<T>(fn: (tx: LedgerWriteTx) => Promise<T>): Promise<T> {
      wrapper.steps = 0;
      return inner.transaction((tx) => {
        const overrides: Record<string, unknown> = {};
        for (const step of WRITE_STEPS)
          overrides[step] = async (...args: unknown[]) => {
            wrapper.steps++;
            if (wrapper.steps === failAt) throw new InjectedFailure(`injected at write step ${failAt} (${step})`);
            return (tx[step] as (...a: unknown[]) => Promise<unknown>).apply(tx, args);
          };
        return fn(withOverrides(tx, overrides as never));
      });
    },
  };
  return wrapper;
}

/** Everything a store holds, as JSON: every collection, the named sequences and the audit trail. */
export async function snapshot(store: LedgerStore, sequences: readonly string[]): Promise<string> {
  return store.read(async (tx) => {
    const out: Record<string, unknown> = {};
    for (const c of COLLECTION_NAMES) out[c] = await tx.list(c);
    for (const s of sequences) out[`seq:${s}`] = (await tx.currentSequence(s)) ?? null;
    out.audit = await tx.audit();
    return JSON.stringify(out);
  });
}
