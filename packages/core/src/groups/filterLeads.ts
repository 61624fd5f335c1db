import { HotleadsError } from '../errors/HotleadsError';
import { unreadable } from '../errors/unreadable';
import type { Lead } from '../lead/types';
import { requireOptions } from '../validation/requireOptions';
import { requireRecords } from '../validation/requireRecords';
import { readKey } from './readKey';

/**
 * Options of {@link filterLeads}: each given filter is a list of accepted values (`null` accepts
 * leads without one); a lead passes when it passes every given filter.
 */
export type LeadFilter = {
  /** Accepted groups (`status` values). */
  group?: ReadonlyArray<string | null>;
  assignee?: ReadonlyArray<string | null>;
  leadSource?: ReadonlyArray<string | null>;
};

const FILTER_MESSAGE = 'A filter is a list of strings (or null for leads without a value)';

const FIELDS = [
  ['group', 'status'],
  ['assignee', 'assignee'],
  ['leadSource', 'leadSource'],
] as const;

/**
 * The leads of the overview's filters (docs/lead-management.md, "Counting and moving leads"):
 * by group, assignee and lead source, each a list of accepted values. The same reading as
 * {@link groupCounts}, so a filter on a row's key gives that row's leads. Input order is kept.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` for a list that is not one, or a filter that is not a
 *   list of strings and nulls (path `['filter', name]`).
 * @example filterLeads(leads, { group: ['Qualified'], assignee: ['ann'] }).length
 */
export function filterLeads(leads: Iterable<Lead>, filter: LeadFilter): Lead[] {
  requireOptions(filter, ['filter']);
  const tests: Array<[string, Set<string | null>]> = [];
  for (const [name, field] of FIELDS) {
    let v: unknown;
    let ok: boolean;
    try {
      v = Object.hasOwn(filter, name) ? filter[name] : undefined;
      ok = v === undefined || (Array.isArray(v) && v.every((x) => x === null || typeof x === 'string'));
    } catch (error) {
      throw unreadable(error, 'INVALID_ARGUMENT', ['filter', name]);
    }
    if (!ok) throw new HotleadsError('INVALID_ARGUMENT', FILTER_MESSAGE, { path: ['filter', name] });
    if (v === undefined) continue;
    tests.push([field, new Set(v as Array<string | null>)]);
  }
  const list = requireRecords<Lead>(leads, ['leads']);
  const out: Lead[] = [];
  for (let i = 0; i < list.length; i++) {
    try {
      if (tests.every(([field, accepted]) => accepted.has(readKey(list[i]!, field)))) out.push(list[i]!);
    } catch (error) {
      throw unreadable(error, 'INVALID_ARGUMENT', ['leads', i]);
    }
  }
  return out;
}
