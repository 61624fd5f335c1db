import { HotleadsError } from '../errors/HotleadsError';
import { unreadable } from '../errors/unreadable';
import type { Lead } from '../lead/types';
import { requireOptions } from '../validation/requireOptions';
import { requireRecords } from '../validation/requireRecords';
import { checkGroups } from './checkGroups';
import { GROUP_MESSAGES } from './messages';
import { readKey } from './readKey';
import type { LeadGroup } from './types';

/** The most leads {@link moveLeads} moves in one call. */
export const MAX_MOVE = 10_000;

/**
 * A lead's status change as a rules trigger context: give it to @hotleads/rules'
 * `cascadeRules(rules, change.lead, { now, trigger: change.trigger })` (or `evaluateRules`), and
 * the `statusChange` rules fire.
 */
export type StatusChangeContext = { type: 'statusChange'; from?: string; to: string };

/** One lead {@link moveLeads} moved. */
export type LeadMove = {
  leadId: string;
  /** The status before; absent when the lead had none. */
  from?: string;
  to: string;
  /** The lead after the move: a shallow copy with `status: to`. */
  lead: Lead;
  trigger: StatusChangeContext;
};

/** Options of {@link moveLeads}. */
export type MoveLeadsOptions = {
  /** The groups a lead may move to (default {@link LEAD_GROUPS}). */
  groups?: readonly LeadGroup[];
};

/** What {@link moveLeads} returns. */
export type MoveLeadsResult = {
  /** Every lead given, in order: the moved ones as copies with their new status, the others as they were. */
  leads: Lead[];
  /** The leads whose status changed, in input order, each with its trigger context. */
  moved: LeadMove[];
  /** Ids of the leads already in `toGroup` (no change, no trigger). */
  unchanged: string[];
};

/**
 * Moves leads to a group in bulk (docs/lead-management.md, "Counting and moving leads"): each
 * lead not already there gets `status: toGroup` (a shallow copy; the input is not changed) and a
 * `statusChange` trigger context, so the host runs the rules that listen for the change through
 * `cascadeRules`. Leads already in the group are listed in `unchanged` and fire nothing.
 *
 * @throws HotleadsError `INVALID_ARGUMENT`: `toGroup` not one of the groups (path `['toGroup']`),
 *   more than {@link MAX_MOVE} leads, a lead that is not an object or has no string id (path
 *   `['leads', i]`), a bad `groups` option.
 * @example
 * const { moved } = moveLeads(selected, 'Qualified');
 * for (const m of moved) cascadeRules(rules, m.lead, { now, trigger: m.trigger });
 */
export function moveLeads(leads: Iterable<Lead>, toGroup: string, options: MoveLeadsOptions = {}): MoveLeadsResult {
  requireOptions(options, ['options']);
  let groupsOption: unknown;
  try {
    groupsOption = options.groups;
  } catch (error) {
    throw unreadable(error, 'INVALID_ARGUMENT', ['options']);
  }
  const groups = checkGroups(groupsOption, ['options', 'groups']);
  if (typeof toGroup !== 'string' || !groups.some((g) => g.id === toGroup))
    throw new HotleadsError('INVALID_ARGUMENT', GROUP_MESSAGES.unknownGroup, { path: ['toGroup'] });
  const list = requireRecords<Lead>(leads, ['leads']);
  if (list.length > MAX_MOVE) throw new HotleadsError('INVALID_ARGUMENT', GROUP_MESSAGES.tooMany, { path: ['leads'] });
  const out: Lead[] = [];
  const moved: LeadMove[] = [];
  const unchanged: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const lead = list[i]!;
    try {
      const id = readKey(lead, 'id');
      if (id === null) throw new HotleadsError('INVALID_ARGUMENT', GROUP_MESSAGES.leadId, { path: ['leads', i, 'id'] });
      const from = readKey(lead, 'status');
      if (from === toGroup) {
        unchanged.push(id);
        out.push(lead);
        continue;
      }
      const next: Lead = { ...lead, status: toGroup };
      const trigger: StatusChangeContext =
        from === null ? { type: 'statusChange', to: toGroup } : { type: 'statusChange', from, to: toGroup };
      const move: LeadMove = { leadId: id, to: toGroup, lead: next, trigger };
      if (from !== null) move.from = from;
      moved.push(move);
      out.push(next);
    } catch (error) {
      throw unreadable(error, 'INVALID_ARGUMENT', ['leads', i]);
    }
  }
  return { leads: out, moved, unchanged };
}
