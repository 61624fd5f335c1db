import type { z } from 'zod';
import { HotleadsError, type HotleadsErrorCode } from '../errors/HotleadsError';

/**
 * Parses `input` with a zod schema and turns the first issue into a {@link HotleadsError}
 * with `code`, a readable message and the issue's path. Every package parses its public
 * input through this one function.
 */
export function parseWithSchema<S extends z.ZodType>(
  schema: S,
  input: unknown,
  code: HotleadsErrorCode,
  what: string,
): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = (issue?.path ?? []).filter((p): p is string | number => typeof p !== 'symbol');
  throw new HotleadsError(code, `Invalid ${what}: ${issue?.message ?? 'invalid input'}`, { path, cause: result.error });
}
