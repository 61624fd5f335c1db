/** A saved state with the version it was saved as (1 for the first save). */
export type StoredState<T> = { version: number; state: T };

/**
 * Where a host keeps plain-data state between calls: `RuleState` (@hotleads/rules) and
 * `DistributionState`, one entry per key (a rule set, a lead shard; see {@link ruleStateKey} and
 * {@link distributionStateKey}), so saves of different shards never conflict. A save names the
 * version it was loaded as and is refused when someone saved since (optimistic concurrency).
 * Implementations: {@link createMemoryStateStore}; `createSqlStateStore` in
 * `@hotleads/payments/sql`. docs/payments.md, "Rule and distribution state".
 */
export interface StateStore<T = unknown> {
  /** The entry under `key`, or `undefined` when none was saved. */
  load(key: string): Promise<StoredState<T> | undefined>;
  /**
   * Saves `state` under `key` when its current version is `expectedVersion` (`null`: no entry yet)
   * and returns the new version.
   *
   * @throws HotleadsError `CONFLICT` when the version is stale.
   */
  save(key: string, state: T, expectedVersion: number | null): Promise<number>;
}
