import { HotleadsError } from '../errors/HotleadsError';
import type { StateStore, StoredState } from './types';

/**
 * A {@link StateStore} in memory. Entries are kept as deep copies (`structuredClone`), so a caller
 * changing what it saved or loaded changes nothing stored.
 *
 * @example
 * const states = createMemoryStateStore<RuleState>();
 * const v = await states.save(ruleStateKey('collections', '0'), state, null); // 1
 */
export function createMemoryStateStore<T = unknown>(): StateStore<T> {
  const entries = new Map<string, StoredState<T>>();
  const key = (k: unknown) => {
    if (typeof k !== 'string' || k === '')
      throw new HotleadsError('INVALID_ARGUMENT', 'A state key is a non-empty string', { path: ['key'] });
    return k;
  };
  return {
    async load(k) {
      const entry = entries.get(key(k));
      return entry === undefined ? undefined : structuredClone(entry);
    },
    async save(k, state, expectedVersion) {
      const current = entries.get(key(k));
      if ((current?.version ?? null) !== expectedVersion)
        throw new HotleadsError('CONFLICT', 'The state was saved by someone else since it was loaded; load it again', {
          path: ['expectedVersion'],
        });
      const version = (current?.version ?? 0) + 1;
      entries.set(k, { version, state: structuredClone(state) });
      return version;
    },
  };
}
