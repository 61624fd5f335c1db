import { type Lead } from '@hotleads/core';
import { generateB2bLeads } from '@hotleads/core/demo';
import { SHARD_SIZE } from './config';

/** The moment the example's book is "as of" (its leads' creation times and events are before it). */
export const BOOK_AS_OF = Date.UTC(2026, 10, 30, 12);

/**
 * The leads of one shard. A host reads them from its database (`WHERE shard = $1`, the shard
 * stored with each lead, docs/scaling.md "Sharding by lead id"); the example generates them from
 * the shard number, so every process sees the same book without a database (generated once per
 * process and shard).
 */
export function loadShard(shard: number): readonly Lead[] {
  let leads = loaded.get(shard);
  if (leads === undefined) {
    leads = generateB2bLeads({ size: SHARD_SIZE, seed: shard + 1, now: BOOK_AS_OF, shape: 'rows' });
    for (const lead of leads) lead.id = `S${shard}-${lead.id}`;
    loaded.set(shard, leads);
  }
  return leads;
}

/** Shards generated so far in this process (the book does not change; a database read would not be cached). */
const loaded = new Map<number, Lead[]>();
