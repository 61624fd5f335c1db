import { checkCatalog } from './checkCatalog';
import { HOURS_SINCE_PREFIX } from './factCatalog';
import type { FactDefinition } from './types';

/**
 * Finds a fact's definition in a catalog; `hoursSince.<eventType>` resolves to a synthetic
 * number fact. An id that is not a string is found nowhere.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` for a catalog that is not an array of fact definitions.
 */
export function findFact(catalog: readonly FactDefinition[], id: string): FactDefinition | undefined {
  const defs = checkCatalog(catalog, ['catalog']);
  if (typeof id !== 'string') return undefined;
  for (const def of defs) if (def.id === id) return def;
  if (id.startsWith(HOURS_SINCE_PREFIX) && id.length > HOURS_SINCE_PREFIX.length) {
    return {
      id,
      label: `Hours since ${id.slice(HOURS_SINCE_PREFIX.length)}`,
      group: 'Derived',
      type: 'number',
      derived: true,
      tooltip: 'Hours since the newest event of this type.',
    };
  }
  return undefined;
}
