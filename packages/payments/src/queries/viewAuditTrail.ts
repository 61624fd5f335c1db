import { HotleadsError, isIanaTimeZone, localDate } from '@hotleads/core';
import type { AuditEntry } from '../store/types';
import { isDateString, type DateString } from '../calendar/dateString';
import { readInstant } from '../calendar/readInstant';
import { readOptions, unreadableInput } from '../input/readInput';
import { readFields, readList } from '../input/readFields';

/**
 * The display names of the roles of the default permissions (docs/payments.md, "Settings"):
 * what a screen shows instead of a role id. A host with other roles passes its own `roleNames`.
 */
export const ROLE_NAMES: Readonly<Record<string, string>> = /* @__PURE__ */ (() =>
  Object.freeze({
    admin: 'Administrator',
    'billing-manager': 'Billing Manager',
    'recovery-executive': 'Recovery Executive',
    'customer-executive': 'Customer Executive',
    system: 'System',
  }))();

/** Options of {@link viewAuditTrail}. */
export type ViewAuditTrailOptions = {
  /** The ledger's zone (`ledger.settings.timeZone`): each entry's date, and the `from`–`to` days, are taken in it. */
  timeZone: string;
  /** Only the entries of this actor id. */
  actorId?: string;
  /** Only the entries of this action (`payment.recorded`, …). */
  action?: string;
  /** Only the entries on or after this local date (`YYYY-MM-DD`). */
  from?: DateString;
  /** Only the entries on or before this local date. */
  to?: DateString;
  /** Role id → name, over {@link ROLE_NAMES}; a role in neither is shown as its words capitalized (`field-agent` → `Field Agent`). */
  roleNames?: Record<string, string>;
};

/** One row of the audit-trail screen. */
export type AuditRow = {
  seq: number;
  /** ISO instant of the write. */
  at: string;
  /** Its calendar date in the ledger's zone. */
  date: DateString;
  actorId: string;
  actorName: string;
  /** The role id as stored. */
  role: string;
  /** The role's display name. */
  roleName: string;
  /** The action as stored (`creditNote.applied`). */
  action: string;
  /** The action as words (`Credit note applied`). */
  actionLabel: string;
  entityType: string;
  entityId: string;
};

/** What {@link viewAuditTrail} returns. */
export type AuditTrailView = {
  /** The entries that pass the filters, newest first. */
  rows: AuditRow[];
  /** Every actor of the entries given (for the actor filter), by name then id. */
  actors: Array<{ id: string; name: string; role: string; roleName: string }>;
  /** Every action of the entries given (for the action filter), with its words, sorted by action. */
  actions: Array<{ action: string; label: string }>;
  /** How many entries were given. */
  total: number;
};

type EntryIn = {
  seq: number;
  at: string;
  actor: { id: string; name: string; role: string };
  action: string;
  entityType: string;
  entityId: string;
};

/** The audit entries, read once and checked (only the fields the screen shows). */
function readEntries(entries: unknown): EntryIn[] {
  return readList(entries, []).map((e, i) => {
    const f = readFields(
      e,
      { seq: 'number', at: 'string', action: 'string', entityType: 'string', entityId: 'string' },
      [i],
    );
    const actor = readFields(readOptions(e, ['actor'], [i]).actor, { id: 'string', name: 'string', role: 'string' }, [
      i,
      'actor',
    ]);
    return { ...f, actor } as EntryIn;
  });
}

/** Role id → name, own string properties only. */
function readRoleNames(value: unknown): Record<string, string> {
  if (value === undefined) return {};
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new HotleadsError('INVALID_ARGUMENT', 'Expected role id → name', { path: ['roleNames'] });
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  let keys: string[];
  try {
    keys = Object.keys(value);
  } catch (error) {
    throw unreadableInput(error, 'INVALID_ARGUMENT', ['roleNames']);
  }
  const read = readOptions(value, keys, ['roleNames']);
  for (const k of keys) {
    if (typeof read[k] !== 'string')
      throw new HotleadsError('INVALID_ARGUMENT', 'Expected a string', { path: ['roleNames', k] });
    out[k] = read[k];
  }
  return out;
}

/** `creditNote.applied` → `Credit note applied`. */
function actionWords(action: string): string {
  const words = action
    .split(/[.\-_\s]+/)
    .flatMap((part) => part.split(/(?=[A-Z])/))
    .filter((w) => w !== '')
    .map((w) => w.toLowerCase())
    .join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A role's display name: `names`, then {@link ROLE_NAMES}, then its words capitalized. */
function nameOfRole(role: string, names: Record<string, string>): string {
  if (Object.hasOwn(names, role)) return names[role]!;
  if (Object.hasOwn(ROLE_NAMES, role)) return ROLE_NAMES[role]!;
  return role
    .split(/[-_\s]+/)
    .filter((w) => w !== '')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

/**
 * The audit-trail screen's rows from what `ledger.auditTrail` returned (all of it, or one
 * account's or payment's): filtered by actor, action and local date range, newest first, each
 * with its date in the ledger's zone, its actor's role as a name (never the role id alone) and
 * its action as words; plus the actors and actions present, for the filter lists. Pure.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` for entries that are not audit entries, a zone that is
 *   not IANA, a filter that is not a string, or dates not written `YYYY-MM-DD`;
 *   `INVALID_REQUEST` for `from` after `to`; `INVALID_TIME` for an entry's instant that does not parse.
 * @example viewAuditTrail(await ledger.auditTrail(), { timeZone: ledger.settings.timeZone }).rows[0].roleName // 'Billing Manager'
 */
export function viewAuditTrail(entries: readonly AuditEntry[], options: ViewAuditTrailOptions): AuditTrailView {
  const list = readEntries(entries);
  const o = readOptions(options, ['timeZone', 'actorId', 'action', 'from', 'to', 'roleNames']);
  if (typeof o.timeZone !== 'string' || !isIanaTimeZone(o.timeZone))
    throw new HotleadsError('INVALID_ARGUMENT', 'Expected an IANA time zone such as "America/New_York"', {
      path: ['timeZone'],
    });
  const timeZone = o.timeZone;
  for (const key of ['actorId', 'action'] as const)
    if (o[key] !== undefined && typeof o[key] !== 'string')
      throw new HotleadsError('INVALID_ARGUMENT', 'Expected a string', { path: [key] });
  for (const key of ['from', 'to'] as const)
    if (o[key] !== undefined && !isDateString(o[key]))
      throw new HotleadsError('INVALID_ARGUMENT', 'Expected a calendar date written YYYY-MM-DD', { path: [key] });
  const from = o.from as DateString | undefined;
  const to = o.to as DateString | undefined;
  if (from !== undefined && to !== undefined && from > to)
    throw new HotleadsError('INVALID_REQUEST', 'From must not be after To', { path: ['from'] });
  const names = readRoleNames(o.roleNames);
  const actors = new Map<string, AuditTrailView['actors'][number]>();
  const actions = new Map<string, string>();
  const rows: AuditRow[] = [];
  list.forEach((e, i) => {
    const date = localDate(readInstant(e.at, [i, 'at']), timeZone);
    const roleName = nameOfRole(e.actor.role, names);
    if (!actors.has(e.actor.id)) actors.set(e.actor.id, { ...e.actor, roleName });
    const actionLabel = actions.get(e.action) ?? actionWords(e.action);
    actions.set(e.action, actionLabel);
    if (o.actorId !== undefined && e.actor.id !== o.actorId) return;
    if (o.action !== undefined && e.action !== o.action) return;
    if ((from !== undefined && date < from) || (to !== undefined && date > to)) return;
    rows.push({
      seq: e.seq,
      at: e.at,
      date,
      actorId: e.actor.id,
      actorName: e.actor.name,
      role: e.actor.role,
      roleName,
      action: e.action,
      actionLabel,
      entityType: e.entityType,
      entityId: e.entityId,
    });
  });
  rows.sort((a, b) => b.seq - a.seq);
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    rows,
    actors: [...actors.values()].sort((a, b) => byText(a.name, b.name) || byText(a.id, b.id)),
    actions: [...actions].map(([action, label]) => ({ action, label })).sort((a, b) => byText(a.action, b.action)),
    total: list.length,
  };
}
