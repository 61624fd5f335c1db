import type { Lead } from '../lead/types';
import type { Time } from '../time/toEpochMs';

/**
 * Where one shard's leads come from. Workers read or generate their own leads, since posting lead
 * objects to a thread costs more than scoring them (docs/scaling.md, "The worker pool").
 *
 * - `{ ndjson: path }`: a file of one lead (a JSON object) per line, read by the worker; blank
 *   lines are skipped.
 * - `{ bytes }`: the same format as UTF-8 bytes, moved to the worker without a copy (the buffer
 *   is detached afterwards).
 * - `{ leads }`: leads already in this thread, written as NDJSON bytes and moved (the encoding
 *   is paid here, in the calling thread).
 * - `{ demo: 'b2b', size, seed, now }`: `generateB2bLeads` of `@hotleads/core/demo`, run by the worker.
 */
export type ShardSource =
  | { ndjson: string }
  | { bytes: Uint8Array }
  | { leads: readonly Lead[] }
  | { demo: 'b2b'; size: number; seed: number; now: Time };

/** A lead of a batch by its shard and its position in that shard (0-based), for `explain`. */
export type BatchEntry = { shard: number; index: number };
