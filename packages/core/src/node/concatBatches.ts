import type { BatchScores } from '../worker/types';

/** @internal The shards' scores one after the other, as one batch. */
export function concatBatches(parts: readonly BatchScores[]): BatchScores {
  let size = 0;
  for (const p of parts) size += p.size;
  const scores = new Float64Array(size);
  const bands = new Uint8Array(size);
  const eligible = new Uint8Array(size);
  const leadIds: string[] = [];
  let at = 0;
  for (const p of parts) {
    scores.set(p.scores, at);
    bands.set(p.bands, at);
    eligible.set(p.eligible, at);
    for (const id of p.leadIds) leadIds.push(id);
    at += p.size;
  }
  return { size, leadIds, scores, bands, eligible };
}
