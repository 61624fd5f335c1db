import { HotleadsError, parseFieldPath } from '@hotleads/core';
import { factCatalog, isDerivedFact } from './factCatalog';
import type { FactDefinition } from './types';

const TYPES = new Set(['text', 'number', 'boolean', 'enum', 'list', 'date']);

/**
 * Returns `base` (default {@link factCatalog}) plus `extra`: a host's own facts. An extra fact
 * with the id of a base fact replaces it; derived fact ids cannot be redefined.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` for a bad definition, `INVALID_PATH` for an id
 *   through `__proto__`/`prototype`/`constructor`.
 */
export function extendCatalog(
  extra: FactDefinition[],
  base: readonly FactDefinition[] = factCatalog,
): FactDefinition[] {
  if (!Array.isArray(extra))
    throw new HotleadsError('INVALID_ARGUMENT', 'extendCatalog expects an array of fact definitions');
  const out = [...base];
  extra.forEach((def, i) => {
    if (def === null || typeof def !== 'object')
      throw new HotleadsError('INVALID_ARGUMENT', 'A fact definition must be an object', { path: [i] });
    if (typeof def.id !== 'string')
      throw new HotleadsError('INVALID_ARGUMENT', 'A fact needs a string id', { path: [i, 'id'] });
    parseFieldPath(def.id, [i, 'id']);
    if (isDerivedFact(def.id))
      throw new HotleadsError('INVALID_ARGUMENT', `"${def.id}" is a derived fact and cannot be redefined`, {
        path: [i, 'id'],
      });
    if (typeof def.label !== 'string' || def.label === '')
      throw new HotleadsError('INVALID_ARGUMENT', 'A fact needs a label', { path: [i, 'label'] });
    if (!TYPES.has(def.type))
      throw new HotleadsError('INVALID_ARGUMENT', `Unknown fact type "${String(def.type)}"`, { path: [i, 'type'] });
    const at = out.findIndex((d) => d.id === def.id);
    const frozen = Object.freeze({ ...def });
    if (at >= 0) out[at] = frozen;
    else out.push(frozen);
  });
  return out;
}
