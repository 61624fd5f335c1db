import { HotleadsError, type IssuePath } from '../errors/HotleadsError';
import { unreadable } from '../errors/unreadable';
import { LEAD_GROUPS } from './leadGroups';
import { GROUP_MESSAGES } from './messages';
import type { LeadGroup } from './types';

const checked = /* @__PURE__ */ (() => new WeakSet<readonly unknown[]>([LEAD_GROUPS]))();

const isText = (v: unknown): v is string => typeof v === 'string' && v !== '';

/**
 * The `groups` option of the group functions: `undefined` is {@link LEAD_GROUPS}; anything else
 * an array of groups (own string `id`, `label`, `description`, `tooltip`) with distinct ids.
 * Checked once per array: treat a group list as immutable once used.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` at `path` (or `path[i]`).
 */
export function checkGroups(value: unknown, path: IssuePath = ['groups']): readonly LeadGroup[] {
  if (value === undefined) return LEAD_GROUPS;
  if (!Array.isArray(value)) throw new HotleadsError('INVALID_ARGUMENT', GROUP_MESSAGES.groups, { path });
  if (checked.has(value)) return value as readonly LeadGroup[];
  const seen = new Set<string>();
  for (let i = 0; i < value.length; i++) {
    const at = [...path, i];
    let id: unknown;
    try {
      const g: unknown = value[i];
      const ok =
        g !== null &&
        typeof g === 'object' &&
        !Array.isArray(g) &&
        ['id', 'label', 'description', 'tooltip'].every((k) => Object.hasOwn(g, k) && isText((g as never)[k]));
      if (!ok) throw new HotleadsError('INVALID_ARGUMENT', GROUP_MESSAGES.groups, { path: at });
      id = (g as LeadGroup).id;
    } catch (error) {
      throw unreadable(error, 'INVALID_ARGUMENT', at);
    }
    if (seen.has(id as string))
      throw new HotleadsError('INVALID_ARGUMENT', GROUP_MESSAGES.duplicateGroups, { path: [...at, 'id'] });
    seen.add(id as string);
  }
  checked.add(value);
  return value as readonly LeadGroup[];
}
