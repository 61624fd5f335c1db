import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../store/createMemoryStore';
import type { LedgerStore } from '../store/types';
import { storeConformanceSuite } from './storeConformanceSuite';
import { withOverrides } from './stores';

describe('the conformance suite can fail', () => {
  it('catches a store that does not roll back', async () => {
    // A broken store: writes go straight to committed data, failures are not undone.
    const broken = (): LedgerStore => {
      const inner = createMemoryStore();
      return {
        read: inner.read.bind(inner),
        async transaction(fn) {
          let result: unknown;
          let failure: unknown;
          await inner.transaction(async (tx) => {
            try {
              result = await fn(tx);
            } catch (e) {
              failure = e;
            }
          });
          if (failure !== undefined) throw failure;
          return result as never;
        },
      };
    };
    const rollback = storeConformanceSuite(broken).find((c) => c.name.includes('rolls everything back'))!;
    await expect(rollback.run()).rejects.toThrow(/keeps its committed value|does not exist|no audit entry|sequences/);
  });

  it('catches a store with gaps in its sequences', async () => {
    const gappy = (): LedgerStore => {
      const inner = createMemoryStore();
      return {
        read: inner.read.bind(inner),
        transaction: (fn) =>
          inner.transaction((tx) =>
            fn(withOverrides(tx, { nextSequence: async (n: string, s: number) => (await tx.nextSequence(n, s)) * 2 })),
          ),
      };
    };
    const seq = storeConformanceSuite(gappy).find((c) => c.name.startsWith('sequences'))!;
    await expect(seq.run()).rejects.toThrow('without gaps');
  });
});

describe('the conformance suite catches duplicate numbers', () => {
  it('fails a store whose overlapping transactions can draw the same number', async () => {
    const racy = (): LedgerStore => {
      const inner = createMemoryStore();
      let committed = 0;
      return {
        read: inner.read.bind(inner),
        transaction: (fn) =>
          inner
            .transaction((tx) => fn(withOverrides(tx, { nextSequence: async () => committed + 1 })))
            .finally(() => (committed += 1)),
      };
    };
    const overlap = storeConformanceSuite(racy).find((c) => c.name.startsWith('two overlapping'))!;
    await expect(overlap.run()).rejects.toThrow('distinct');
  });
});

describe('the conformance suite holds stores to the create-only insert', () => {
  // A store whose insert is an upsert, as a key/value store without a unique key would be.
  const upserting = (): LedgerStore => {
    const inner = createMemoryStore();
    return {
      read: inner.read.bind(inner),
      transaction: (fn) => inner.transaction((tx) => fn(withOverrides(tx, { insert: tx.put.bind(tx) }))),
    };
  };

  it('fails a store whose insert overwrites an existing record', async () => {
    const existing = storeConformanceSuite(upserting).find((c) => c.name.startsWith('insert creates'))!;
    await expect(existing.run()).rejects.toThrow('CONFLICT');
  });

  it('fails a store in which two overlapping inserts of one id both commit', async () => {
    const overlap = storeConformanceSuite(upserting).find((c) => c.name.includes('exactly one commits'))!;
    await expect(overlap.run()).rejects.toThrow('exactly one');
  });
});
