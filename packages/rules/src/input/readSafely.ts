import { unreadable, type HotleadsErrorCode, type IssuePath } from '@hotleads/core';

/**
 * Runs `read`, which reads a caller's value. When reading throws (a getter, a Proxy trap), the
 * value is refused with core's `unreadable`: a `HotleadsError` with `code`, the detail
 * `UNREADABLE`, `path`, and the thrown error as its cause. A `HotleadsError` thrown by `read` (a
 * check inside it) passes unchanged. Wrap only the reading of caller data, so that a bug of ours
 * is not dressed up as bad input (the boundary fuzz harness checks it).
 */
export function readSafely<T>(read: () => T, code: HotleadsErrorCode, path: IssuePath): T {
  try {
    return read();
  } catch (error) {
    throw unreadable(error, code, path);
  }
}
