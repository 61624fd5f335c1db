import { unreadable } from '../errors/unreadable';
import { HotleadsError } from '../errors/HotleadsError';
import { compileFieldReader } from '../lead/path';
import type { Lead } from '../lead/types';
import { parseWithSchema } from '../validation/parseWithSchema';
import { requireOptions } from '../validation/requireOptions';
import { requireRecords } from '../validation/requireRecords';
import { distributionStateSchema } from './schema';
import type { DistributionState } from './types';

/** Options for {@link viewPullQueue}. */
export type PullQueueView =
  /** Agents see only that leads are waiting, not which (docs/distribution.md, "Pull queue: hidden and preview"). */
  | { mode: 'hidden' }
  /** Agents see the fields the host chose (dotted paths), nothing else ("Lead Queue – Preview"). */
  | { mode: 'preview'; fields: string[] };

/** One waiting lead as an agent sees it. `leadId` is never included. */
export type PullQueueItem = { slot: string; position: number; waitingSince: string; preview?: Record<string, unknown> };

/**
 * What an agent sees of the pull queue, oldest first. In hidden mode an item carries only an
 * opaque slot id, its position and since when it waits; in preview mode also the chosen fields
 * (own properties only; missing ones are left out). Pass the leads in the pool (any order);
 * they are only read in preview mode.
 */
export function viewPullQueue(state: DistributionState, leads: readonly Lead[], view: PullQueueView): PullQueueItem[] {
  try {
    return viewPullQueueChecked(state, leads, view);
  } catch (error) {
    throw unreadable(error);
  }
}

function viewPullQueueChecked(state: DistributionState, leads: readonly Lead[], view: PullQueueView): PullQueueItem[] {
  const parsed = parseWithSchema(
    distributionStateSchema,
    state,
    'INVALID_STATE',
    'distribution state',
  ) as DistributionState;
  const list = requireRecords<Lead>(leads, ['leads']);
  requireOptions(view, ['view']);
  if (view.mode === 'hidden')
    return parsed.pool.map((s, i) => ({ slot: s.slot, position: i + 1, waitingSince: s.addedAt }));
  if (view.mode !== 'preview' || !Array.isArray(view.fields))
    throw new HotleadsError('INVALID_ARGUMENT', 'Expected { mode: "hidden" } or { mode: "preview", fields: [...] }', {
      path: ['mode'],
    });
  const readers = (view.fields as unknown[]).map(
    (f, i) => [f as string, compileFieldReader(f as string, ['fields', i])] as const,
  );
  const byId = new Map(list.map((l) => [l.id, l]));
  return parsed.pool.map((s, i) => {
    const lead = byId.get(s.leadId);
    const preview: Record<string, unknown> = {};
    if (lead !== undefined) {
      for (const [field, read] of readers) {
        const value = read(lead);
        if (value !== undefined) preview[field] = value;
      }
    }
    return { slot: s.slot, position: i + 1, waitingSince: s.addedAt, preview };
  });
}
