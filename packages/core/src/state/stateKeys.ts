import { HotleadsError } from '../errors/HotleadsError';

const part = (value: unknown, path: string) => {
  if (typeof value !== 'string' || value === '')
    throw new HotleadsError('INVALID_ARGUMENT', 'A state key part is a non-empty string', { path: [path] });
  return encodeURIComponent(value);
};

/**
 * The {@link StateStore} key of a rule set's `RuleState` for one lead shard: `rules/<ruleSet>/<shard>`
 * (parts URI-encoded, so no `/` is ambiguous).
 *
 * @throws HotleadsError `INVALID_ARGUMENT` for an empty or non-string part.
 */
export function ruleStateKey(ruleSetId: string, shard: string): string {
  return `rules/${part(ruleSetId, 'ruleSetId')}/${part(shard, 'shard')}`;
}

/**
 * The {@link StateStore} key of the `DistributionState` of one lead shard: `distribution/<shard>`.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` for an empty or non-string shard.
 */
export function distributionStateKey(shard: string): string {
  return `distribution/${part(shard, 'shard')}`;
}
