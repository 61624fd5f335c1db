import { HotleadsError, type IssuePath } from '../errors/HotleadsError';

const FORBIDDEN_SEGMENTS = new Set(['__proto__', 'prototype', 'constructor']);
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
  if (typeof path !== 'string' || path.length === 0) throw new HotleadsError('INVALID_PATH', 'A field path must be a non-empty string', { path: at });
  const segments = path.split('.');
  for (const segment of segments) {
    if (segment.length === 0) throw new HotleadsError('INVALID_PATH', `Field path "${path}" has an empty segment`, { path: at });
    if (FORBIDDEN_SEGMENTS.has(segment)) throw new HotleadsError('INVALID_PATH', `Field path "${path}" goes through "${segment}", which is not allowed`, { path: at });
  }
  return segments;
}

/**
 * Compiles a dotted path into a fast reader that returns `undefined` when any step is missing
 * or not an own property.
 */
export function compileFieldReader(path: string, at: IssuePath = []): FieldReader {
  const segments = parseFieldPath(path, at);
  if (segments.length === 1) {
    const key = segments[0]!;
    return (record) => (record !== null && typeof record === 'object' && hasOwn.call(record, key) ? (record as Record<string, unknown>)[key] : undefined);
  }
  return (record) => {
    let current: unknown = record;
    for (const key of segments) {
      if (current === null || typeof current !== 'object' || !hasOwn.call(current, key)) return undefined;
      current = (current as Record<string, unknown>)[key];
    }
    return current;
  };
}

/** Reads `path` (dotted) from `record`, own properties only; `undefined` when absent. */
export function readField(record: unknown, path: string): unknown {
  return compileFieldReader(path)(record);
}
