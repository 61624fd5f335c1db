import { HotleadsError, LEAD_GROUPS, type LeadGroup } from '@hotleads/core';
import { checkCatalog } from '../catalog/checkCatalog';
import { extendCatalog } from '../catalog/extendCatalog';
import type { FactDefinition } from '../catalog/types';
import { readSafely } from '../input/readSafely';

const GROUPS_MESSAGE = 'Expected a list of lead groups, each with a string id';
const STATUS_FACTS = ['status', 'previousStatus'] as const;

/**
 * The catalog with the lead groups as the known values of `status` and `previousStatus`
 * (docs/lead-management.md, "Custom groups"), through {@link extendCatalog}: give it the built-in
 * groups plus the custom ones (`[...LEAD_GROUPS, defineLeadGroup(…)]`), and rules, previews, the
 * rule builder and `describeRule` know the new statuses. Options keep `groups`' order; the facts'
 * other fields are those of `base` (default `factCatalog`). A fact missing from `base` is left out.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` for `groups` that is not a list of objects with a string
 *   id (path `['groups', i]`), or a bad `base` (path `['base', …]`).
 * @example const catalog = catalogWithGroups([...LEAD_GROUPS, vip]); validateRule(rule, { catalog });
 */
export function catalogWithGroups(
  groups: readonly LeadGroup[] = LEAD_GROUPS,
  base?: readonly FactDefinition[],
): FactDefinition[] {
  if (!Array.isArray(groups)) throw new HotleadsError('INVALID_ARGUMENT', GROUPS_MESSAGE, { path: ['groups'] });
  const ids: string[] = [];
  for (let i = 0; i < groups.length; i++) {
    const id = readSafely(
      () => {
        const g: unknown = groups[i];
        return g !== null && typeof g === 'object' && Object.hasOwn(g, 'id') ? (g as LeadGroup).id : undefined;
      },
      'INVALID_ARGUMENT',
      ['groups', i],
    );
    if (typeof id !== 'string' || id === '')
      throw new HotleadsError('INVALID_ARGUMENT', GROUPS_MESSAGE, { path: ['groups', i] });
    if (!ids.includes(id)) ids.push(id);
  }
  const catalog = checkCatalog(base, ['base']);
  const extra: FactDefinition[] = [];
  for (const id of STATUS_FACTS) {
    const def = catalog.find((d) => d.id === id);
    if (def === undefined) continue;
    extra.push(def.derived === true ? ({ id, options: [...ids] } as FactDefinition) : { ...def, options: [...ids] });
  }
  return extendCatalog(extra, catalog);
}
