import { describe, expect, it } from 'vitest';
import { createMemoryStore } from './createMemoryStore';
import { storeConformanceSuite } from '../testing/storeConformanceSuite';
import { yieldingStore } from '../testing/stores';

describe('store conformance: memory store', () => {
  for (const c of storeConformanceSuite(() => createMemoryStore())) it(c.name, c.run);
});

describe('store conformance: memory store behind event-loop yields (as a database would)', () => {
  for (const c of storeConformanceSuite(() => yieldingStore(createMemoryStore()))) it(c.name, c.run);
});

describe('memory store', () => {
  it('refuses a commit whose sequence draw raced another commit (a unique-number conflict)', async () => {
    const store = createMemoryStore();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const slow = store.transaction(async (tx) => {
      const n = await tx.nextSequence('payment', 1);
      await gate;
      return n;
    });
    const fast = await store.transaction((tx) => tx.nextSequence('payment', 1));
    release();
    expect(fast).toBe(1);
    await expect(slow).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await store.read((tx) => tx.currentSequence('payment'))).toBe(1);
  });
});
