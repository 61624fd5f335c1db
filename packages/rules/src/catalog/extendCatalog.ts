import { HotleadsError } from '@hotleads/core';
import { checkCatalog, checkFactDefinition } from './checkCatalog';
import type { FactDefinition } from './types';

/**
 * Returns `base` (default `factCatalog`) plus `extra`: a host's own facts. An extra fact
 * with the id of a base fact replaces it; derived fact ids cannot be redefined. Definitions are
 * read as own properties and copied (frozen).
 *
 * @throws HotleadsError `INVALID_ARGUMENT` for a bad definition (path `[index, field]`) or a bad
 *   `base` (path `['base', …]`), `INVALID_PATH` for an id through `__proto__`/`prototype`/`constructor`.
 */
export function extendCatalog(extra: FactDefinition[], base?: readonly FactDefinition[]): FactDefinition[] {
  if (!Array.isArray(extra))
    throw new HotleadsError('INVALID_ARGUMENT', 'extendCatalog expects an array of fact definitions');
  const out = [...checkCatalog(base, ['base'])];
  for (let i = 0; i < extra.length; i++) {
    const def = checkFactDefinition(extra[i], [i]);
    const at = out.findIndex((d) => d.id === def.id);
    if (at >= 0) out[at] = def;
    else out.push(def);
  }
  return out;
}
