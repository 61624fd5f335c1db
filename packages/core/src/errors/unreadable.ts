import { HotleadsError, isHotleadsError, type HotleadsErrorCode, type IssuePath } from './HotleadsError';

/** The `detail` of an error raised because the caller's own code threw while hotleads read its input. */
export const UNREADABLE = 'Part of the input could not be read: a getter, a Proxy or a toString of the caller threw';

/**
 * For the `catch` around reading a caller's data: a hotleads error (from either build) passes
 * through as it is; anything else — thrown by the caller's own code while the input was read (a
 * property getter, a Proxy trap, a generator, a `toString`) — becomes a {@link HotleadsError}
 * with `code`, the detail {@link UNREADABLE}, `path`, and the original error as `cause`.
 *
 * Use it only around reading input: an error of hotleads' own (a TypeError from a bug) must
 * not be dressed up as the caller's fault. The boundary fuzz harness checks that: a call whose
 * arguments run no code of their own must never be refused as unreadable.
 *
 * @example
 * try { return readAll(input) } catch (e) { throw unreadable(e, 'INVALID_ARGUMENT', ['options']) }
 */
export function unreadable(
  error: unknown,
  code: HotleadsErrorCode = 'INVALID_ARGUMENT',
  path: IssuePath = [],
): HotleadsError {
  return isHotleadsError(error) ? error : new HotleadsError(code, UNREADABLE, { path, cause: error });
}
