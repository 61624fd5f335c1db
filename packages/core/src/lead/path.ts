import { HotleadsError, type IssuePath } from '../errors/HotleadsError';
import { unreadable } from '../errors/unreadable';

const FORBIDDEN_SEGMENTS = /* @__PURE__ */ (() => new Set(['__proto__', 'prototype', 'constructor']))();
const hasOwn = Object.prototype.hasOwnProperty;

/** Reads one field of a record by a pre-split dotted path, own properties only. */
export type FieldReader = (record: unknown) => unknown;

/**
 * Splits and checks a dotted field path (`company.size`).
 *
 * @throws HotleadsError `INVALID_PATH` for an empty path or segment, or one through
 *   `__proto__`, `prototype` or `constructor`.
 */
export function parseFieldPath(path: string, at: IssuePath = []): string[] {
  if (typeof path !== 'string' || path.length === 0)
    throw new HotleadsError('INVALID_PATH', 'A field path must be a non-empty string', { path: at });
  const segments = path.split('.');
  for (const segment of segments) {
    if (segment.length === 0)
      throw new HotleadsError('INVALID_PATH', `Field path "${path}" has an empty segment`, { path: at });
    if (FORBIDDEN_SEGMENTS.has(segment))
      throw new HotleadsError('INVALID_PATH', `Field path "${path}" goes through "${segment}", which is not allowed`, {
        path: at,
      });
  }
  return segments;
}

// Keys an object inherits from Object.prototype ("toString", "valueOf", …): reading one of
// these needs an own-property check even on a plain object.
const INHERITED_KEYS = /* @__PURE__ */ (() => new Set(Object.getOwnPropertyNames(Object.prototype)))();

/** A reader of one own property. On plain objects (the usual lead) it costs a single lookup. */
function ownProperty(key: string): FieldReader {
  if (INHERITED_KEYS.has(key)) {
    return (record) =>
      record !== null && typeof record === 'object' && hasOwn.call(record, key)
        ? (record as Record<string, unknown>)[key]
        : undefined;
  }
  return (record) => {
    if (record === null || typeof record !== 'object') return undefined;
    const value = (record as Record<string, unknown>)[key];
    if (value === undefined) return undefined;
    // A plain object (or a null-prototype one) cannot inherit `key`; anything else is checked.
    const proto: unknown = Object.getPrototypeOf(record);
    return proto === Object.prototype || proto === null || hasOwn.call(record, key) ? value : undefined;
  };
}

/**
 * Compiles a dotted path into a fast reader that returns `undefined` when any step is missing
 * or not an own property. A step whose read throws (a getter, a Proxy of the caller) throws a
 * `HotleadsError` `INVALID_LEAD` naming the path, with the error as its cause.
 */
export function compileFieldReader(path: string, at: IssuePath = []): FieldReader {
  const read = composeReaders(parseFieldPath(path, at).map(ownProperty));
  return (record) => {
    try {
      return read(record);
    } catch (error) {
      // A getter or Proxy of the record threw.
      throw unreadable(error, 'INVALID_LEAD', [path]);
    }
  };
}

function composeReaders(readers: FieldReader[]): FieldReader {
  if (readers.length === 1) return readers[0]!;
  if (readers.length === 2) {
    const [first, second] = readers as [FieldReader, FieldReader];
    return (record) => second(first(record));
  }
  return (record) => {
    let current: unknown = record;
    for (const read of readers) {
      current = read(current);
      if (current === undefined) return undefined;
    }
    return current;
  };
}

/** Reads `path` (dotted) from `record`, own properties only; `undefined` when absent. */
export function readField(record: unknown, path: string): unknown {
  return compileFieldReader(path)(record);
}
