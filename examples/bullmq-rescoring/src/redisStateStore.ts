import { HotleadsError, type StateStore, type StoredState } from '@hotleads/core';
import type { Redis } from 'ioredis';
import { KEYS } from './config';
import { SAVE_STATE } from './scripts';

/** A save of a state with the rule runs it records, in one Lua script. */
export type StateSave<T> = {
  key: string;
  state: T;
  expectedVersion: number | null;
  /** The round's runs hash and the run keys (`ruleId|leadId`) to count there. */
  runs?: { hash: string; keys: readonly string[] };
};

const CONFLICT = 'The state was saved by someone else since it was loaded; load it again';

/** Saves `save.state` and counts its runs atomically; the new version, or CONFLICT. */
export async function saveStateWithRuns<T>(redis: Redis, save: StateSave<T>): Promise<number> {
  if (typeof save.key !== 'string' || save.key === '')
    throw new HotleadsError('INVALID_ARGUMENT', 'A state key is a non-empty string', { path: ['key'] });
  const runs = save.runs?.keys.flatMap((k) => [k, '1']) ?? [];
  const version = (await redis.eval(
    SAVE_STATE,
    2,
    KEYS.state(save.key),
    save.runs?.hash ?? KEYS.state(`${save.key}#runs`),
    save.expectedVersion === null ? '' : String(save.expectedVersion),
    JSON.stringify(save.state),
    ...runs,
  )) as number;
  if (version < 0) throw new HotleadsError('CONFLICT', CONFLICT, { path: ['expectedVersion'] });
  return version;
}

/**
 * Core's `StateStore` on Redis: one hash per key (`version`, `state` as JSON), saved by a Lua
 * script that checks the version first, so of two saves from the same version exactly one wins.
 * `namespace` keeps stores apart (tests give each its own).
 */
export function createRedisStateStore<T = unknown>(redis: Redis, namespace = ''): StateStore<T> {
  const full = (key: unknown) => {
    if (typeof key !== 'string' || key === '')
      throw new HotleadsError('INVALID_ARGUMENT', 'A state key is a non-empty string', { path: ['key'] });
    return namespace + key;
  };
  return {
    async load(key): Promise<StoredState<T> | undefined> {
      const [version, state] = await redis.hmget(KEYS.state(full(key)), 'version', 'state');
      if (version == null || state == null) return undefined;
      return { version: Number(version), state: JSON.parse(state) as T };
    },
    save(key, state, expectedVersion) {
      return saveStateWithRuns(redis, { key: full(key), state, expectedVersion });
    },
  };
}
