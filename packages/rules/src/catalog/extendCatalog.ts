import { HotleadsError } from '@hotleads/core';
import { optionalStrings } from '../input/options';
import { readSafely } from '../input/readSafely';
import { checkCatalog, checkFactDefinition } from './checkCatalog';
import { isDerivedFact } from './factCatalog';
import type { FactDefinition } from './types';

// A derived fact listed as { id, options } only: its known values change, its computation does not.
function derivedOptions(def: unknown, base: readonly FactDefinition[], i: number): FactDefinition | undefined {
  return readSafely(
    () => {
      if (def === null || typeof def !== 'object' || Array.isArray(def)) return undefined;
      const keys = Object.keys(def);
      const id = (def as Record<string, unknown>).id;
      if (typeof id !== 'string' || !isDerivedFact(id) || !keys.every((k) => k === 'id' || k === 'options'))
        return undefined;
      if (!Object.hasOwn(def, 'options')) return undefined;
      const at = base.find((d) => d.id === id);
      if (at === undefined) return undefined;
      const options = optionalStrings((def as Record<string, unknown>).options, [i, 'options']);
      return Object.freeze({ ...at, options });
    },
    'INVALID_ARGUMENT',
    [i],
  );
}

/**
 * Returns `base` (default `factCatalog`) plus `extra`: a host's own facts. An extra fact
 * with the id of a base fact replaces it. Derived fact ids cannot be redefined, with one
 * exception: an entry `{ id, options }` of a derived fact of `base` replaces only its known
 * values (how custom lead groups reach `previousStatus`; docs/lead-management.md). Definitions
 * are read as own properties and copied (frozen).
 *
 * @throws HotleadsError `INVALID_ARGUMENT` for a bad definition (path `[index, field]`) or a bad
 *   `base` (path `['base', …]`), `INVALID_PATH` for an id through `__proto__`/`prototype`/`constructor`.
 */
export function extendCatalog(extra: FactDefinition[], base?: readonly FactDefinition[]): FactDefinition[] {
  if (!Array.isArray(extra))
    throw new HotleadsError('INVALID_ARGUMENT', 'extendCatalog expects an array of fact definitions');
  const out = [...checkCatalog(base, ['base'])];
  for (let i = 0; i < extra.length; i++) {
    const def = derivedOptions(extra[i], out, i) ?? checkFactDefinition(extra[i], [i]);
    const at = out.findIndex((d) => d.id === def.id);
    if (at >= 0) out[at] = def;
    else out.push(def);
  }
  return out;
}
