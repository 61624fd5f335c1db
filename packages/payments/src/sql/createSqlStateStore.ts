import { HotleadsError, type StateStore, type StoredState } from '@hotleads/core';
import { int, sqlState, type SqlDriver } from './driver';
import { migrate } from './migrate';
import { quoteSchema } from './quoteSchema';

/**
 * A {@link StateStore} in the `state` table of a SQL store's schema: one row per key (a rule set,
 * a lead shard), saved with an expected version, so two hosts never overwrite each other's
 * state. docs/payments.md, "Rule and distribution state".
 *
 * @throws HotleadsError `INVALID_ARGUMENT` for a bad schema name; `STORE_UNAVAILABLE` when the
 *   database cannot be migrated.
 * @example
 * const states = await createSqlStateStore({ driver: pgDriver(pool) });
 * const saved = await states.save(ruleStateKey('collections', 'shard-0'), state, null);
 */
export async function createSqlStateStore<T = unknown>(options: {
  driver: SqlDriver;
  schema?: string;
  migrate?: boolean;
}): Promise<StateStore<T>> {
  const { driver } = options;
  const s = quoteSchema(options.schema ?? 'hotleads');
  if (options.migrate !== false) await migrate(driver, options.schema ?? 'hotleads');
  const key = (k: unknown) => {
    if (typeof k !== 'string' || k === '')
      throw new HotleadsError('INVALID_ARGUMENT', 'A state key is a non-empty string', { path: ['key'] });
    return k;
  };
  return {
    async load(k) {
      const rows = await driver.query(`SELECT version, doc FROM ${s}.state WHERE key = $1`, [key(k)]);
      return rows.length === 0
        ? undefined
        : ({ version: int(rows[0]!.version), state: rows[0]!.doc as T } as StoredState<T>);
    },
    async save(k, state, expectedVersion) {
      const doc = JSON.stringify(state);
      try {
        const rows =
          expectedVersion === null
            ? await driver.query(
                `INSERT INTO ${s}.state (key, version, doc) VALUES ($1, 1, $2::json) ON CONFLICT (key) DO NOTHING RETURNING version`,
                [key(k), doc],
              )
            : await driver.query(
                `UPDATE ${s}.state SET version = version + 1, doc = $2::json WHERE key = $1 AND version = $3 RETURNING version`,
                [key(k), doc, expectedVersion],
              );
        if (rows.length === 0)
          throw new HotleadsError(
            'CONFLICT',
            'The state was saved by someone else since it was loaded; load it again',
            {
              path: ['expectedVersion'],
            },
          );
        return int(rows[0]!.version);
      } catch (e) {
        if (e instanceof HotleadsError || sqlState(e) === undefined) throw e;
        throw new HotleadsError('STORE_UNAVAILABLE', 'The database refused the statement', { cause: e });
      }
    },
  };
}
