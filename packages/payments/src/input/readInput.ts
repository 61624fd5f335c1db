// Reading a caller's arguments without letting the caller's own code (a getter, a Proxy trap, an
// iterator) escape as something other than a HotleadsError. Used around reading input only: an
// error of the library's own is never dressed up as the caller's fault.
import type * as z from 'zod/mini';
import {
  HotleadsError,
  isHotleadsError,
  parseWithSchema,
  type HotleadsErrorCode,
  type IssuePath,
} from '@hotleads/core';

/** The `detail` of a refusal because the caller's own code threw while its input was read. */
export const UNREADABLE_INPUT =
  'Part of the input could not be read: a getter, a Proxy or a toString of the caller threw';

/** For the `catch` around reading input: a HotleadsError passes through, anything else is wrapped (as `cause`). */
export function unreadableInput(error: unknown, code: HotleadsErrorCode, path: IssuePath): HotleadsError {
  return isHotleadsError(error) ? error : new HotleadsError(code, UNREADABLE_INPUT, { path, cause: error });
}

/**
 * The named properties of an options argument (or of another object argument), read once.
 * `undefined` reads as `{}`; anything but an object (null, a string, an array) is refused with
 * `message`.
 *
 * @throws HotleadsError `code` (default `INVALID_ARGUMENT`) at `path`.
 */
export function readOptions<K extends string>(
  value: unknown,
  keys: readonly K[],
  path: IssuePath = [],
  code: HotleadsErrorCode = 'INVALID_ARGUMENT',
  message = 'Expected an options object',
): Partial<Record<K, unknown>> {
  const out: Partial<Record<K, unknown>> = {};
  if (value === undefined) return out;
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new HotleadsError(code, message, { path });
  try {
    for (const key of keys) out[key] = (value as Record<K, unknown>)[key];
  } catch (error) {
    throw unreadableInput(error, code, path);
  }
  return out;
}

/**
 * An issue path argument (`['items', 0]`): a list of strings and whole numbers, returned as it
 * is (it is only read); `undefined` is the root.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` at `path` for anything else.
 */
export function readPath(value: unknown): IssuePath {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw badPath();
  try {
    for (let i = 0; i < value.length; i++) {
      const p: unknown = value[i];
      if (!(typeof p === 'string' || (typeof p === 'number' && Number.isInteger(p)))) throw badPath();
    }
  } catch (error) {
    throw unreadableInput(error, 'INVALID_ARGUMENT', ['path']);
  }
  return value as IssuePath;
}

const badPath = () => new HotleadsError('INVALID_ARGUMENT', 'A path is a list of keys and indexes', { path: ['path'] });

/**
 * core's `parseWithSchema`, with one guarantee more: zod reads the input (a length check reads
 * `.length`, an issue's message reads the prototype), so a getter or Proxy of the caller can
 * throw inside it; that becomes a HotleadsError `code` with {@link UNREADABLE_INPUT}. Every
 * payments schema is parsed through it. (Once core's `parseWithSchema` gives the same guarantee
 * this is a plain alias.)
 *
 * @throws HotleadsError `code` for input that does not parse or cannot be read.
 */
export function parseInput<S extends z.ZodMiniType>(
  schema: S,
  input: unknown,
  code: HotleadsErrorCode,
  what?: string,
): z.output<S> {
  try {
    return parseWithSchema(schema, input, code, what);
  } catch (error) {
    throw unreadableInput(error, code, []);
  }
}
