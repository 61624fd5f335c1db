import { HotleadsError } from '../errors/HotleadsError';
import { unreadable } from '../errors/unreadable';
import type { Lead } from '../lead/types';
import { requireOptions } from '../validation/requireOptions';
import { requireRecords } from '../validation/requireRecords';
import { checkGroups } from './checkGroups';
import { GROUP_MESSAGES } from './messages';
import { fieldOf, readKey } from './readKey';
import { NO_VALUE_LABEL, type GroupCountBy, type GroupCountRow, type GroupCounts, type LeadGroup } from './types';

/** Options of {@link groupCounts}. */
export type GroupCountsOptions = {
  /** Count by group (the `status` field), `assignee` or `leadSource`. */
  by: GroupCountBy;
  /** The groups to list, with their labels (default {@link LEAD_GROUPS}); only used with `by: 'group'`. */
  groups?: readonly LeadGroup[];
};

const BY = /* @__PURE__ */ (() => new Set<string>(['group', 'assignee', 'leadSource']))();

const byCount = (a: GroupCountRow, b: GroupCountRow) =>
  b.count - a.count || (a.key! < b.key! ? -1 : a.key! > b.key! ? 1 : 0);

/**
 * Counts leads by group, assignee or lead source, for the leads overview chart
 * (docs/lead-management.md, "Counting and moving leads"). With `by: 'group'` the rows are every
 * group of `groups` in its order (zero counts included), then statuses no group has (most leads
 * first, then by name); by `assignee` or `leadSource`, the values found, most leads first, then by
 * name. Leads without a value (absent, empty, not a string) come last, as one row with key `null`.
 * Rows' counts sum to `total`; `share` is count / total.
 *
 * Reads own properties only: `status`, `assignee` or `leadSource`.
 *
 * @throws HotleadsError `INVALID_ARGUMENT`: `leads` not a list of objects (path `['leads', i]`),
 *   a bad `by` or `groups`, a lead that cannot be read.
 * @example groupCounts(leads, { by: 'group' }).rows.map((r) => [r.label, r.count])
 */
export function groupCounts(leads: Iterable<Lead>, options: GroupCountsOptions): GroupCounts {
  requireOptions(options, ['options']);
  let by: unknown;
  let groupsOption: unknown;
  try {
    by = options.by;
    groupsOption = options.groups;
  } catch (error) {
    throw unreadable(error, 'INVALID_ARGUMENT', ['options']);
  }
  if (typeof by !== 'string' || !BY.has(by))
    throw new HotleadsError('INVALID_ARGUMENT', GROUP_MESSAGES.by, { path: ['options', 'by'] });
  const groups = by === 'group' ? checkGroups(groupsOption, ['options', 'groups']) : [];
  const list = requireRecords<Lead>(leads, ['leads']);
  const field = fieldOf(by as GroupCountBy);
  const counts = new Map<string, number>();
  let none = 0;
  for (let i = 0; i < list.length; i++) {
    let key: string | null;
    try {
      key = readKey(list[i]!, field);
    } catch (error) {
      throw unreadable(error, 'INVALID_ARGUMENT', ['leads', i, field]);
    }
    if (key === null) none++;
    else counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const total = list.length;
  const row = (key: string | null, label: string, count: number): GroupCountRow => ({
    key,
    label,
    count,
    share: total === 0 ? 0 : count / total,
  });
  const rows: GroupCountRow[] = [];
  for (const g of groups) {
    rows.push(row(g.id, g.label, counts.get(g.id) ?? 0));
    counts.delete(g.id);
  }
  rows.push(...[...counts].map(([key, count]) => row(key, key, count)).sort(byCount));
  if (none > 0) rows.push(row(null, NO_VALUE_LABEL, none));
  return { by: by as GroupCountBy, total, rows };
}
