import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SHARDS, shardOfLead } from './shardOfLead';

describe('shardOfLead', () => {
  it('is FNV-1a of the id modulo the shard count (published test vectors)', () => {
    // FNV-1a 32-bit: '' → 0x811c9dc5 (not a valid id), 'a' → 0xe40c292c, 'foobar' → 0xbf9cf968.
    expect(shardOfLead('a', 2 ** 19)).toBe(0xe40c292c % 2 ** 19);
    expect(shardOfLead('foobar', MAX_SHARDS)).toBe(0xbf9cf968 % MAX_SHARDS);
    expect(shardOfLead('L-1042', 100)).toBe(69);
    expect(shardOfLead('anything', 1)).toBe(0);
  });

  it('gives a whole number below the count, the same for the same id, and spreads ids evenly', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.integer({ min: 1, max: MAX_SHARDS }), (id, shards) => {
        const shard = shardOfLead(id, shards);
        expect(Number.isInteger(shard) && shard >= 0 && shard < shards).toBe(true);
        expect(shardOfLead(id, shards)).toBe(shard);
      }),
      { seed: 20261203, numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 20 }), fc.integer({ min: 0, max: 1_000_000 }), (shards, offset) => {
        const counts = new Array<number>(shards).fill(0);
        const n = 2_000 * shards;
        for (let i = 0; i < n; i++) counts[shardOfLead(`L-${offset + i}`, shards)]!++;
        // Each shard within 15 % of n / shards (binomial spread at this size is about 2 %).
        for (const c of counts) expect(Math.abs(c - 2_000)).toBeLessThan(300);
      }),
      { seed: 20261203, numRuns: 20 },
    );
  });

  it('refuses an empty id and a shard count out of range', () => {
    expect(() => shardOfLead('', 4)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', path: ['leadId'] }) as Error,
    );
    for (const bad of [0, 1.5, -1, MAX_SHARDS + 1, Number.NaN])
      expect(() => shardOfLead('L-1', bad)).toThrow(
        expect.objectContaining({ code: 'INVALID_ARGUMENT', path: ['shards'] }) as Error,
      );
  });
});
