import { HotleadsError, parseFieldPath, type IssuePath } from '@hotleads/core';
import { optionalStrings, ownValue } from '../input/options';
import { readSafely } from '../input/readSafely';
import { factCatalog, isDerivedFact } from './factCatalog';
import type { FactDefinition } from './types';

const TYPES = /* @__PURE__ */ (() => new Set(['text', 'number', 'boolean', 'enum', 'list', 'date']))();

/** The constant sentences of the fact definition check. */
export const CATALOG_MESSAGES = /* @__PURE__ */ (() =>
  Object.freeze({
    catalog: 'Expected a catalog: an array of fact definitions',
    definition: 'A fact definition must be an object',
    id: 'A fact needs a string id',
    label: 'A fact needs a label',
    type: 'A fact type is one of text, number, boolean, enum, list, date',
    text: 'Expected a string, or nothing',
    derived: 'derived is true, false or nothing',
  } as const))();

function fail(detail: string, path: IssuePath): never {
  throw new HotleadsError('INVALID_ARGUMENT', detail, { path });
}

function checkDefinition(def: unknown, path: IssuePath): asserts def is FactDefinition {
  if (def === null || typeof def !== 'object' || Array.isArray(def)) fail(CATALOG_MESSAGES.definition, path);
  const id = ownValue(def, 'id');
  if (typeof id !== 'string') fail(CATALOG_MESSAGES.id, [...path, 'id']);
  parseFieldPath(id, [...path, 'id']);
  const label = ownValue(def, 'label');
  if (typeof label !== 'string' || label === '') fail(CATALOG_MESSAGES.label, [...path, 'label']);
  const type = ownValue(def, 'type');
  if (typeof type !== 'string' || !TYPES.has(type)) fail(CATALOG_MESSAGES.type, [...path, 'type']);
  for (const key of ['group', 'tooltip']) {
    const v = ownValue(def, key);
    if (v !== undefined && typeof v !== 'string') fail(CATALOG_MESSAGES.text, [...path, key]);
  }
  optionalStrings(ownValue(def, 'options'), [...path, 'options']);
  optionalStrings(ownValue(def, 'operators'), [...path, 'operators']);
  const derived = ownValue(def, 'derived');
  if (derived !== undefined && typeof derived !== 'boolean') fail(CATALOG_MESSAGES.derived, [...path, 'derived']);
}

/**
 * Checks one fact definition a host adds (own properties: a string `id` that is a field path, a
 * `label`, a known `type`; `group`, `tooltip`, `options`, `operators`, `derived` of the right
 * types when present) and returns a frozen copy. Derived fact ids cannot be redefined.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` (or `INVALID_PATH` for the id) at `path` or a field below it.
 */
export function checkFactDefinition(def: unknown, path: IssuePath): FactDefinition {
  return readSafely(
    () => {
      checkDefinition(def, path);
      if (isDerivedFact(def.id)) fail(`"${def.id}" is a derived fact and cannot be redefined`, [...path, 'id']);
      return Object.freeze({ ...def });
    },
    'INVALID_ARGUMENT',
    path,
  );
}

const checked = /* @__PURE__ */ (() => new WeakSet<readonly unknown[]>([factCatalog]))();

/**
 * The catalog option of every function that checks rules: `undefined` is {@link factCatalog};
 * anything else must be an array of fact definitions (derived ones included, as in
 * `factCatalog`). Checked once per array: treat a catalog as immutable once used.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` at `path` or the definition's index below it.
 */
export function checkCatalog(value: unknown, path: IssuePath = ['catalog']): readonly FactDefinition[] {
  if (value === undefined) return factCatalog;
  if (!Array.isArray(value)) fail(CATALOG_MESSAGES.catalog, path);
  if (checked.has(value)) return value as readonly FactDefinition[];
  for (let i = 0; i < value.length; i++) {
    const at = [...path, i];
    readSafely(() => checkDefinition(value[i], at), 'INVALID_ARGUMENT', at);
  }
  checked.add(value);
  return value as readonly FactDefinition[];
}
