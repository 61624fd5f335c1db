import { HotleadsError, isHotleadsError } from '../errors/HotleadsError';
import type { StateStore } from './types';

/** One check of {@link stateStoreConformanceSuite}. */
export type StateStoreCase = { name: string; run: () => Promise<void> };

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`StateStore conformance: ${message}`);
}

/**
 * The checks every {@link StateStore} must pass (memory, SQL, Redis), as plain async functions.
 * `create` returns a new, empty store each call.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` when `create` is not a function.
 */
export function stateStoreConformanceSuite(create: () => StateStore | Promise<StateStore>): StateStoreCase[] {
  if (typeof create !== 'function')
    throw new HotleadsError('INVALID_ARGUMENT', 'Expected a function that creates a new, empty store', {
      path: ['create'],
    });
  return [
    {
      name: 'load of an unknown key is undefined; save then load round-trips with version 1, 2…',
      async run() {
        const store = await create();
        check((await store.load('rules/a/0')) === undefined, 'unknown key');
        const state = { entries: { 'r1|lead-1': { runs: 2, lastRunAt: 1_745_159_400_000 } }, nested: [1, null] };
        check((await store.save('rules/a/0', state, null)) === 1, 'first save is version 1');
        const loaded = await store.load('rules/a/0');
        check(JSON.stringify(loaded) === JSON.stringify({ version: 1, state }), 'loaded equals saved');
        check((await store.save('rules/a/0', { n: 2 }, 1)) === 2, 'next save is version 2');
        check((await store.load('rules/a/0'))?.version === 2, 'version moved');
      },
    },
    {
      name: 'a stale version is refused with CONFLICT and changes nothing; keys are independent',
      async run() {
        const store = await create();
        await store.save('distribution/0', { n: 1 }, null);
        await store.save('distribution/1', { n: 10 }, null);
        const stale = await store.save('distribution/0', { n: 99 }, null).catch((e: unknown) => e);
        check(isHotleadsError(stale, 'CONFLICT'), 'saving a new entry over an existing one is a CONFLICT');
        await store.save('distribution/0', { n: 2 }, 1);
        const again = await store.save('distribution/0', { n: 99 }, 1).catch((e: unknown) => e);
        check(isHotleadsError(again, 'CONFLICT'), 'saving with an old version is a CONFLICT');
        check(JSON.stringify(await store.load('distribution/0')) === '{"version":2,"state":{"n":2}}', 'unchanged');
        check((await store.load('distribution/1'))?.version === 1, 'another key is untouched');
        const missing = await store.save('distribution/9', { n: 1 }, 3).catch((e: unknown) => e);
        check(isHotleadsError(missing, 'CONFLICT'), 'an expected version for a missing entry is a CONFLICT');
      },
    },
    {
      name: 'of two saves from the same version, exactly one wins',
      async run() {
        const store = await create();
        await store.save('rules/x/0', { n: 0 }, null);
        const results = await Promise.allSettled([
          store.save('rules/x/0', { n: 1 }, 1),
          store.save('rules/x/0', { n: 2 }, 1),
        ]);
        check(results.filter((r) => r.status === 'fulfilled').length === 1, 'one save wins');
        check(
          results.some((r) => r.status === 'rejected' && isHotleadsError(r.reason, 'CONFLICT')),
          'the other is a CONFLICT',
        );
      },
    },
  ];
}
