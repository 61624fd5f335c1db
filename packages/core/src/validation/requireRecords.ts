import { HotleadsError, type IssuePath } from '../errors/HotleadsError';
import { requireList } from './requireList';

/** The `detail` of a list element that is not a record. */
export const RECORD_MESSAGE = 'Expected an object';

/**
 * A list argument of records (payments, sessions, agents…): {@link requireList}, then each
 * element must be an object (not null, not an array), so reading its fields cannot fail with a
 * TypeError. The fields themselves are the caller's to check.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` at `path` for a list that is not one, at `path[i]`
 *   with {@link RECORD_MESSAGE} for an element that is not an object.
 * @example const list = requireRecords<ReceivedPayment>(payments, ['payments']);
 */
export function requireRecords<T>(value: unknown, path: IssuePath): readonly T[] {
  const list = requireList<T>(value, path);
  for (let i = 0; i < list.length; i++) {
    const r: unknown = list[i];
    if (r === null || typeof r !== 'object' || Array.isArray(r))
      throw new HotleadsError('INVALID_ARGUMENT', RECORD_MESSAGE, { path: [...path, i] });
  }
  return list;
}
