import { HotleadsError, type HotleadsErrorCode, type IssuePath } from './HotleadsError';

/**
 * Throws a {@link HotleadsError} when `condition` is false. Messages are constant strings
 * (dinero.js style) so they can be matched in tests and translated by hosts.
 */
export function assert(
  condition: unknown,
  code: HotleadsErrorCode,
  message: string,
  path?: IssuePath,
): asserts condition {
  if (!condition) throw new HotleadsError(code, message, path === undefined ? {} : { path });
}
