import { HotleadsError, type IssuePath } from '../errors/HotleadsError';
import { unreadable } from '../errors/unreadable';

/** The `detail` of a list argument that is not one. */
export const LIST_MESSAGE = 'Expected a list: an array, a Set or another iterable';

/**
 * Whether `value` is an iterable hotleads accepts as a list: an array, a Set, a generator, any
 * object with `Symbol.iterator` — but not a string (a string is text, not a list of its
 * characters). Never throws (a hostile Proxy is not a list).
 */
export function isList(value: unknown): value is Iterable<unknown> {
  if (Array.isArray(value)) return true;
  if (value === null || typeof value !== 'object') return false;
  try {
    return typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function';
  } catch {
    return false;
  }
}

/**
 * A list argument as an array: an array is returned as it is (no copy), another iterable (a
 * Set, a generator) is read once into a new array.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` with {@link LIST_MESSAGE} at `path` for anything
 *   else (null, a number, a string, a plain object); the same code when iterating throws.
 * @example const touches = requireList(options.touches ?? [], ['touches']);
 */
export function requireList<T = unknown>(value: unknown, path: IssuePath): readonly T[] {
  if (Array.isArray(value)) return value as T[];
  if (!isList(value)) throw new HotleadsError('INVALID_ARGUMENT', LIST_MESSAGE, { path });
  try {
    return Array.from(value as Iterable<T>);
  } catch (error) {
    throw unreadable(error, 'INVALID_ARGUMENT', path);
  }
}
