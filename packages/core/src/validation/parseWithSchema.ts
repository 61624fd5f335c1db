import type { z } from 'zod';
import { HotleadsError, type HotleadsErrorCode } from '../errors/HotleadsError';

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
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = (issue?.path ?? []).filter((p): p is string | number => typeof p !== 'symbol');
  const text = issue?.message ?? 'invalid input';
  throw new HotleadsError(code, what === undefined ? text : `Invalid ${what}: ${text}`, { path, cause: result.error });
}
