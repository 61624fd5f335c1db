import { describe, expect, it } from 'vitest';
import { isHotleadsError } from '../errors/HotleadsError';
import { createMemoryStateStore } from './createMemoryStateStore';
import { distributionStateKey, ruleStateKey } from './stateKeys';
import { stateStoreConformanceSuite } from './stateStoreConformance';

describe('state store conformance: memory', () => {
  for (const c of stateStoreConformanceSuite(() => createMemoryStateStore())) it(c.name, c.run);
});

describe('the memory state store', () => {
  it('keeps copies: changing what was saved or loaded changes nothing stored', async () => {
    const store = createMemoryStateStore<{ n: number[] }>();
    const state = { n: [1] };
    await store.save('k', state, null);
    state.n.push(2);
    (await store.load('k'))!.state.n.push(3);
    expect((await store.load('k'))!.state).toEqual({ n: [1] });
  });
});

describe('state keys', () => {
  it('key a rule set per shard and a distribution per shard, encoding the parts', () => {
    expect(ruleStateKey('collections', 'shard-0')).toBe('rules/collections/shard-0');
    expect(ruleStateKey('a/b', '1')).not.toBe(ruleStateKey('a', 'b/1'));
    expect(distributionStateKey('7')).toBe('distribution/7');
    expect(() => ruleStateKey('', '1')).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }) as Error);
  });

  it('a conformance suite needs a factory', () => {
    let caught: unknown;
    try {
      stateStoreConformanceSuite(null as never);
    } catch (e) {
      caught = e;
    }
    expect(isHotleadsError(caught, 'INVALID_ARGUMENT')).toBe(true);
  });
});
