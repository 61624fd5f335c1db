import { HotleadsError } from '../errors/HotleadsError';

/** The most shards {@link shardOfLead} splits a book into. */
export const MAX_SHARDS = 1_000_000;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * The shard of a lead: the 32-bit FNV-1a hash of its id (over its UTF-16 code units), modulo
 * `shards`. The same id gives the same shard in every process, on every machine and in every
 * version, so a host stores it with the lead, reads shards with `WHERE shard = $1`, keys rule
 * state per shard (`ruleStateKey`) and runs one job per shard (docs/scaling.md, "Sharding by
 * lead id"). Changing `shards` moves most leads: pick it once, with room to grow.
 *
 * @example shardOfLead('L-1042', 100) // 69
 * @throws HotleadsError `INVALID_ARGUMENT` for an id that is not a non-empty string, or a shard
 *   count that is not a whole number from 1 to {@link MAX_SHARDS}.
 */
export function shardOfLead(leadId: string, shards: number): number {
  if (typeof leadId !== 'string' || leadId === '')
    throw new HotleadsError('INVALID_ARGUMENT', 'A lead id is a non-empty string', { path: ['leadId'] });
  if (!Number.isInteger(shards) || shards < 1 || shards > MAX_SHARDS)
    throw new HotleadsError('INVALID_ARGUMENT', 'The shard count is a whole number from 1 to 1,000,000', {
      path: ['shards'],
    });
  let hash = FNV_OFFSET;
  for (let i = 0; i < leadId.length; i++) {
    hash ^= leadId.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME) >>> 0;
  }
  return hash % shards;
}
