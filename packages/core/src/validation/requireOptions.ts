import { HotleadsError, type IssuePath } from '../errors/HotleadsError';

/** The `detail` of a missing or malformed options object. */
export const OPTIONS_MESSAGE = 'Expected an options object';

/**
 * Checks that an options argument is an object (not null, not an array, not a function), so
 * that reading `options.now` cannot fail with a TypeError.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` with {@link OPTIONS_MESSAGE} at `path` (default the root).
 * @example requireOptions(options); const now = toEpochMs(options.now, ['now']);
 */
export function requireOptions(options: unknown, path: IssuePath = []): asserts options is Record<string, unknown> {
  if (options === null || typeof options !== 'object' || Array.isArray(options))
    throw new HotleadsError('INVALID_ARGUMENT', OPTIONS_MESSAGE, { path });
}
