// The harness catches each kind of defect it promises to catch (planted defects).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HotleadsError, unreadable } from '@hotleads/core';
import { checkCall, snapshot } from './harness';
import { cyclic, deep, hostile, throwingGetters } from './hostile';

const args = fc.constant([{ id: 'a', list: [1, 2] }] as const);

describe('boundary harness', () => {
  it('accepts a HotleadsError and a clean return', async () => {
    await expect(
      checkCall(
        'ok',
        { args },
        () => {
          throw new HotleadsError('INVALID_ARGUMENT', 'no');
        },
        [{ id: 'a' }],
      ),
    ).resolves.toBeUndefined();
    await expect(checkCall('ok', { args }, () => 1, [{ id: 'a' }])).resolves.toBeUndefined();
  });

  it('fails on a TypeError, a rejected promise of one, and a thrown non-Error', async () => {
    const typeError = (x: { id: { length: number } }) => x.id.length;
    await expect(checkCall('typeError', { args }, typeError, [null])).rejects.toThrow(/threw TypeError/);
    await expect(
      checkCall('rejects', { args }, async () => Promise.reject(new RangeError('deep')), []),
    ).rejects.toThrow(/threw RangeError/);
    await expect(
      checkCall(
        'string',
        { args },
        () => {
          throw 'oops';
        },
        [],
      ),
    ).rejects.toThrow(/non-Error/);
  });

  it('fails on a plain-data call refused as unreadable (a masked bug), not on one holding a trap', async () => {
    const masking = (x: { id: { length: number } }) => {
      try {
        return x.id.length;
      } catch (e) {
        throw unreadable(e);
      }
    };
    await expect(checkCall('masking', { args }, masking, [null])).rejects.toThrow(/unreadable, hiding TypeError/);
    await expect(checkCall('masking', { args }, masking, [throwingGetters()])).resolves.toBeUndefined();
  });

  it('takes a hostile value handed back as a result, never reading its then', async () => {
    await expect(checkCall('echo', { args }, (x: unknown) => x, [throwingGetters()])).resolves.toBeUndefined();
  });

  it('fails on a mutated argument', async () => {
    const mutate = (x: { list: number[] }) => x.list.push(3);
    await expect(checkCall('mutate', { args }, mutate, [{ id: 'a', list: [1, 2] }])).rejects.toThrow(/mutated/);
  });

  it('fails on a hang (async) and on a slow synchronous call', async () => {
    await expect(checkCall('hang', { args, timeLimitMs: 50 }, () => new Promise(() => {}), [])).rejects.toThrow(/hung/);
    const slow = () => {
      const end = performance.now() + 80;
      while (performance.now() < end);
    };
    await expect(checkCall('slow', { args, timeLimitMs: 20 }, slow, [])).rejects.toThrow(/took/);
  });

  it('runs afterRefused (with the refusal) only after a refusal, and check only after success', async () => {
    const seen: string[] = [];
    const spec = {
      args,
      afterRefused: (_ctx: unknown, _before: unknown, error: unknown) =>
        void seen.push(`refused ${(error as HotleadsError).code}`),
      check: () => void seen.push('ok'),
    };
    await checkCall('x', spec, () => 1, []);
    await checkCall(
      'x',
      spec,
      () => {
        throw new HotleadsError('INVALID_ARGUMENT', 'no');
      },
      [],
    );
    expect(seen).toEqual(['ok', 'refused INVALID_ARGUMENT']);
  });

  it('snapshots never run user code: getters, proxies and cycles are safe', () => {
    fc.assert(
      fc.property(hostile, (value) => {
        expect(() => snapshot(value)).not.toThrow();
      }),
      { numRuns: 300 },
    );
    expect(snapshot(throwingGetters())).toBe('<trap>');
    expect(JSON.stringify(snapshot(cyclic()))).toContain('<ref 0>');
    // 2,000 levels are cut at SNAPSHOT_DEPTH, so comparing two snapshots cannot overflow the stack.
    expect(snapshot([deep(2_000)])).toEqual(snapshot([deep(2_000)]));
    expect(JSON.stringify(snapshot(deep(2_000)))).toContain('<deep>');
  });
});
