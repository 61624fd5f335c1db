import { HotleadsError, isHotleadsError, type HotleadsErrorCode, type IssuePath } from '@hotleads/core';

/**
 * Runs `read`, which reads a caller's value. When reading throws (a getter, a Proxy trap), the
 * value is refused: a `HotleadsError` with `code`, the constant `detail` and `path`, the thrown
 * error as its cause. A `HotleadsError` thrown by `read` (a check inside it) passes unchanged.
 * Wrap only the reading of caller data, so that a bug of ours is not dressed up as bad input.
 */
export function readSafely<T>(read: () => T, code: HotleadsErrorCode, detail: string, path: IssuePath): T {
  try {
    return read();
  } catch (cause) {
    if (isHotleadsError(cause)) throw cause;
    throw new HotleadsError(code, detail, { path, cause });
  }
}
