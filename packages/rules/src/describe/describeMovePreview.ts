import { HotleadsError, type IssuePath, type LeadGroup } from '@hotleads/core';
import { ARGUMENT_MESSAGES, ownValue, readOptions } from '../input/options';
import { readSafely } from '../input/readSafely';
import type { MovePreview } from '../preview/previewMove';
import { readLocale } from './formatConditionValue';

/** Options of {@link describeMovePreview}. */
export type DescribeMovePreviewOptions = {
  /** BCP 47 locale of the numbers (default `'en-US'`). */
  locale?: string;
  /** Groups whose `label` names a status (a status no group has is named by its id). */
  groups?: readonly Pick<LeadGroup, 'id' | 'label'>[];
};

/** The most lead ids a sentence of {@link describeMovePreview} names ("a, b, c and 17 more"). */
export const DESCRIBED_MOVE_IDS = 3;

const PREVIEW_MESSAGE = 'Expected a move preview from previewMove';

/**
 * The cascade outcome of {@link previewMove}'s preview in plain English sentences
 * (docs/lead-management.md, "Counting and moving leads"), one per line, for the screen to show
 * as they are: how many leads settle; for each loop, how many leads would loop and through which
 * statuses ("3 leads would loop: Nurturing → Qualified → Nurturing (a, b, c)."); how many are
 * still changing status at the depth limit; and the statuses the leads end in. A line whose count
 * is zero is left out; a preview of no moves gives no line. Lead ids are the preview's first ones,
 * at most {@link DESCRIBED_MOVE_IDS} per sentence.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` for a preview that is not previewMove's shape (path
 *   `['preview', …]`), a locale that is not a BCP 47 tag (path `['options', 'locale']`), or
 *   groups that are not a list of `{ id, label }` (path `['options', 'groups', i]`).
 * @example
 * describeMovePreview(previewMove(rules, moveLeads(leads, 'Qualified').moved, { now }))
 * // ['38 leads would settle (no further status change).', '2 leads would loop: Qualified → Nurturing → Qualified (L4, L9).', …]
 */
export function describeMovePreview(preview: MovePreview, options: DescribeMovePreviewOptions = {}): string[] {
  const o = readOptions(options, ['locale', 'groups'], ['options']);
  const numbers = new Intl.NumberFormat(readLocale(o.locale), { maximumFractionDigits: 0 });
  const labels = readLabels(o.groups);
  const p = readPreview(preview);
  const n = (count: number) => numbers.format(count);
  const leads = (count: number) => `${n(count)} ${count === 1 ? 'lead' : 'leads'}`;
  const name = (status: string | null) => (status === null ? 'no status' : (labels.get(status) ?? status));
  const ids = (count: number, leadIds: readonly string[]) => {
    const shown = leadIds.slice(0, DESCRIBED_MOVE_IDS);
    if (shown.length === 0) return '';
    const more = count - shown.length;
    return ` (${shown.join(', ')}${more > 0 ? ` and ${n(more)} more` : ''})`;
  };
  const out: string[] = [];
  if (p.moved === 0) return out;
  if (p.settled > 0) out.push(`${leads(p.settled)} would settle (no further status change).`);
  for (const loop of p.loops)
    if (loop.leads > 0)
      out.push(
        `${leads(loop.leads)} would loop: ${loop.statuses.map(name).join(' → ')}${ids(loop.leads, loop.leadIds)}.`,
      );
  if (p.depth.leads > 0)
    out.push(
      `${leads(p.depth.leads)} would still be changing status after ${n(p.maxDepth)} re-evaluations, where the cascade stops${ids(p.depth.leads, p.depth.leadIds)}.`,
    );
  const ends = p.statuses.filter((s) => s.leads > 0).map((s) => `${n(s.leads)} in ${name(s.status)}`);
  if (ends.length > 0) out.push(`Afterwards: ${ends.join(', ')}.`);
  return out;
}

type PreviewView = {
  moved: number;
  maxDepth: number;
  settled: number;
  depth: { leads: number; leadIds: string[] };
  loops: Array<{ statuses: string[]; leads: number; leadIds: string[] }>;
  statuses: Array<{ status: string | null; leads: number }>;
};

const refuse = (path: IssuePath): never => {
  throw new HotleadsError('INVALID_ARGUMENT', PREVIEW_MESSAGE, { path });
};

/** An own field of an object (refused when `value` is not one). */
function field(value: unknown, key: string, path: IssuePath): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return refuse(path);
  return readSafely(() => ownValue(value, key), 'INVALID_ARGUMENT', [...path, key]);
}

function count(value: unknown, path: IssuePath): number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : refuse(path);
}

/** A list's items, copied (each item read once). */
function items(value: unknown, path: IssuePath): unknown[] {
  if (!Array.isArray(value)) return refuse(path);
  return readSafely(() => Array.from(value as unknown[]), 'INVALID_ARGUMENT', path);
}

function strings(value: unknown, path: IssuePath): string[] {
  return items(value, path).map((s, i) => (typeof s === 'string' ? s : refuse([...path, i])));
}

function stop(value: unknown, path: IssuePath): { leads: number; leadIds: string[] } {
  return {
    leads: count(field(value, 'leads', path), [...path, 'leads']),
    leadIds: strings(field(value, 'leadIds', path), [...path, 'leadIds']),
  };
}

/** The fields the sentences use, read once and checked. */
function readPreview(preview: unknown): PreviewView {
  const at: IssuePath = ['preview'];
  const get = (key: string) => field(preview, key, at);
  const stopped = get('stopped');
  const sp: IssuePath = [...at, 'stopped'];
  return {
    moved: count(get('moved'), [...at, 'moved']),
    maxDepth: count(get('maxDepth'), [...at, 'maxDepth']),
    settled: count(field(stopped, 'settled', sp), [...sp, 'settled']),
    depth: stop(field(stopped, 'depth', sp), [...sp, 'depth']),
    loops: items(get('loops'), [...at, 'loops']).map((loop, i) => {
      const lp: IssuePath = [...at, 'loops', i];
      return { ...stop(loop, lp), statuses: strings(field(loop, 'statuses', lp), [...lp, 'statuses']) };
    }),
    statuses: items(get('statuses'), [...at, 'statuses']).map((s, i) => {
      const sp2: IssuePath = [...at, 'statuses', i];
      const status = field(s, 'status', sp2);
      return {
        status: status === null || typeof status === 'string' ? status : refuse([...sp2, 'status']),
        leads: count(field(s, 'leads', sp2), [...sp2, 'leads']),
      };
    }),
  };
}

const GROUPS_MESSAGE = 'Expected a list of lead groups, each with a string id and label';

/** Status id → label, from the `groups` option. */
function readLabels(groups: unknown): Map<string, string> {
  const out = new Map<string, string>();
  if (groups === undefined) return out;
  const path: IssuePath = ['options', 'groups'];
  if (!Array.isArray(groups)) throw new HotleadsError('INVALID_ARGUMENT', ARGUMENT_MESSAGES.list, { path });
  const list = readSafely(() => Array.from(groups as unknown[]), 'INVALID_ARGUMENT', path);
  list.forEach((g, i) => {
    const at: IssuePath = [...path, i];
    if (typeof g !== 'object' || g === null) throw new HotleadsError('INVALID_ARGUMENT', GROUPS_MESSAGE, { path: at });
    const [id, label] = readSafely(() => [ownValue(g, 'id'), ownValue(g, 'label')], 'INVALID_ARGUMENT', at);
    if (typeof id !== 'string' || typeof label !== 'string')
      throw new HotleadsError('INVALID_ARGUMENT', GROUPS_MESSAGE, { path: at });
    if (!out.has(id)) out.set(id, label);
  });
  return out;
}
