// Reading records a screen got back from the ledger (a credit note, an unpaid item, audit
// entries) by hand, without a schema library: each named field read once, as an own property,
// checked to be a string (or a number), and any throw of the caller's code turned into a
// HotleadsError.
import { HotleadsError, type IssuePath } from '@hotleads/core';
import { readOptions, unreadableInput } from './readInput';

/** What a field must be. */
export type FieldKind = 'string' | 'number' | 'string?';

/**
 * The named fields of `value`, each of its kind (`string?`: a string or absent).
 *
 * @throws HotleadsError `INVALID_ARGUMENT` at `path` for a value that is not an object, and at
 *   the field for a field of another kind.
 */
export function readFields<K extends string>(
  value: unknown,
  fields: Readonly<Record<K, FieldKind>>,
  path: IssuePath,
): Record<K, unknown> {
  const keys = Object.keys(fields) as K[];
  const out = readOptions(value, keys, path, 'INVALID_ARGUMENT', 'Expected an object');
  if (value === undefined) throw new HotleadsError('INVALID_ARGUMENT', 'Expected an object', { path });
  for (const key of keys) {
    const kind = fields[key];
    const v = out[key];
    const ok =
      kind === 'number'
        ? typeof v === 'number' && Number.isFinite(v)
        : typeof v === 'string' || (kind === 'string?' && v === undefined);
    if (!ok)
      throw new HotleadsError('INVALID_ARGUMENT', kind === 'number' ? 'Expected a number' : 'Expected a string', {
        path: [...path, key],
      });
  }
  return out as Record<K, unknown>;
}

/**
 * A copy of a list argument, read once.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` at `path` for anything but an array, or an array whose reading throws.
 */
export function readList(value: unknown, path: IssuePath): unknown[] {
  if (!Array.isArray(value)) throw new HotleadsError('INVALID_ARGUMENT', 'Expected a list', { path });
  try {
    return Array.from(value as unknown[]);
  } catch (error) {
    throw unreadableInput(error, 'INVALID_ARGUMENT', path);
  }
}
