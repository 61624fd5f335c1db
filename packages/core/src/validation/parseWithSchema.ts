import type { z } from 'zod';
import { HotleadsError, type HotleadsErrorCode } from '../errors/HotleadsError';
import { unreadable } from '../errors/unreadable';

/**
 * Parses `input` with a zod schema and turns the first issue into a {@link HotleadsError}
 * with `code`, a readable message and the issue's path. Every package parses its public
 * input through this one function.
 *
 * @param what names the input in the message (`Invalid scoring model: …`); omit it when the
 *   schema's own messages are the constant sentences to show (as `leadSchema`'s are).
 */
export function parseWithSchema<S extends z.ZodType>(
  schema: S,
  input: unknown,
  code: HotleadsErrorCode,
  what?: string,
): z.output<S> {
  if (
    schema === null ||
    typeof schema !== 'object' ||
    typeof (schema as { safeParse?: unknown }).safeParse !== 'function'
  )
    throw new HotleadsError('INVALID_ARGUMENT', 'Expected a zod schema', { path: ['schema'] });
  let result: z.ZodSafeParseResult<z.output<S>>;
  try {
    result = schema.safeParse(input);
  } catch (error) {
    // zod reads the input: a getter, a Proxy trap or a toString of the caller threw.
    throw unreadable(error, code);
  }
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = (issue?.path ?? []).filter((p): p is string | number => typeof p !== 'symbol');
  const text = issue?.message ?? 'invalid input';
  throw new HotleadsError(code, what === undefined ? text : `Invalid ${what}: ${text}`, { path, cause: result.error });
}
